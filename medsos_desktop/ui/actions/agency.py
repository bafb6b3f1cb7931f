"""The agency's own data: its profile (the first real one replaces the sample), its brand
kit for infographics and sheets, and who the admin at the keyboard is."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from medsos_desktop.domain.agency import AgencyProfile
from medsos_desktop.domain.brand import BrandKit
from medsos_desktop.ui.common.context import UiContext

if TYPE_CHECKING:
    from medsos_desktop.services.people import PersonInfo


class AgencyActions(QObject):
    # The AgencyProfile; the second value is the number of sample posts removed, or None
    # when none were asked to go: None-or-int has no one type, so object.
    profile_saved = Signal(AgencyProfile, object)
    brand_saved = Signal(BrandKit)
    # The admin's PersonInfo. object, not the class: services.people loads the store
    # (SQLAlchemy), which the first screen does not need; it is imported on the worker.
    admin_changed = Signal(object)

    def __init__(self, ctx: UiContext, load_blob: Callable[[str], bytes | None]) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self._load_blob = load_blob

    def open_brand_kit(self) -> None:
        ctx = self.ctx
        if ctx.workspace is None:
            return
        from medsos_desktop.services.brand import BrandService

        service = BrandService(ctx.workspace.db)

        def work() -> tuple[Any, Any]:
            return service.load(), service.fonts()

        def show(loaded: tuple[Any, Any]) -> None:
            from medsos_desktop.ui.dialogs.brand_dialog import BrandDialog

            kit, fonts = loaded
            dialog = BrandDialog(service, kit, fonts, self._load_blob, ctx.parent_widget)
            dialog.saved.connect(self._brand_saved)
            ctx.open_dialog(dialog)

        ctx.runner.run(work, on_done=show, on_error=ctx.show_error)

    def _brand_saved(self, kit: BrandKit) -> None:
        self.brand_saved.emit(kit)
        self.ctx.status(self.tr("Brand kit saved."), 5000)

    def open_profile(self, first_run: bool) -> None:
        from medsos_desktop.ui.dialogs.profile_dialog import ProfileDialog

        ctx = self.ctx
        current = ctx.profile or AgencyProfile()
        settings = ctx.settings
        # At first start the fields are empty, and the sample's profile is not theirs
        # either, whichever way the dialog is opened.
        blank = first_run or not current.confirmed
        dialog = ProfileDialog(
            AgencyProfile() if blank else current,
            first_run,
            ctx.parent_widget,
            ask_admin=ctx.admin is None,
            admin_name=settings.actor_name if settings is not None else "",
        )

        def finished(result: int) -> None:
            admin = dialog.admin()  # the admin's name, given even with "Later", is kept
            if admin is not None and not result:
                self.save_admin(*admin)
            if result:
                profile = dialog.profile()

                def saved(removed: int | None) -> None:
                    self._profile_saved(profile, removed)
                    if admin is not None:  # after the profile: one writer at a time
                        self.save_admin(*admin)

                ctx.runner.run(
                    lambda: self._save_profile(profile), on_done=saved, on_error=ctx.show_error
                )
            elif first_run and ctx.workspace is not None and settings is not None:
                # "Later": asked once; the Agency menu has it whenever they are ready.
                settings.profile_prompt_dismissed = True
                ctx.runner.run(ctx.workspace.save_settings, on_error=ctx.show_error)
                ctx.status(
                    self.tr("You can fill in your agency profile any time from the Agency menu."),
                    10000,
                )

        dialog.finished.connect(finished)
        ctx.open_dialog(dialog)

    def _save_profile(self, profile: AgencyProfile) -> int | None:
        """Saves; the first real profile also replaces the sample (services/demo.py):
        returns how many sample posts left the workspace then, None otherwise."""
        from medsos_desktop.services.agency import save_profile
        from medsos_desktop.services.demo import leave_sample

        workspace, current = self.ctx.workspace, self.ctx.profile
        assert workspace is not None
        if current is None or not current.confirmed:
            return leave_sample(workspace.db, profile)
        save_profile(workspace.db, profile)
        return None

    def _profile_saved(self, profile: AgencyProfile, removed: int | None) -> None:
        self.profile_saved.emit(profile, removed)
        if removed is None:
            self.ctx.status(self.tr("Agency profile saved."), 5000)
            return
        self.ctx.confirm(
            self.tr("Your own workspace"),
            self.tr(
                "The workspace of {name} is ready. The sample posts of the sample agency "
                "are no longer in your list (Help → Look at the sample workspace shows them "
                "again, read-only).\n\nYour infographics and approval sheets need your "
                "agency's logo, colours and footer. Set up the brand kit now?"
            ).format(name=profile.name),
            self.tr("Set up brand kit"),
            self.open_brand_kit,
        )

    def open_admin(self) -> None:
        """Who is at the keyboard, when the data folder does not know yet."""
        from medsos_desktop.ui.dialogs.profile_dialog import AdminDialog

        settings = self.ctx.settings
        dialog = AdminDialog(settings.actor_name if settings else "", self.ctx.parent_widget)

        def finished(result: int) -> None:
            if result:
                self.save_admin(*dialog.admin())

        dialog.finished.connect(finished)
        self.ctx.open_dialog(dialog)

    def save_admin(self, name: str, jabatan: str) -> None:
        """The admin's own record in the database, and their name in the settings for the
        services that are handed a name."""
        from medsos_desktop.services.people import PeopleService

        workspace = self.ctx.workspace
        if workspace is None:
            return

        def work() -> PersonInfo:
            admin = PeopleService(workspace.db).save_admin(name, jabatan)
            workspace.settings.actor_name = admin.name
            workspace.save_settings()
            return admin

        self.ctx.runner.run(work, on_done=self.admin_changed.emit, on_error=self.ctx.show_error)
