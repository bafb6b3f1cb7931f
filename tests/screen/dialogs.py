"""Every top-level window and dialog of the app, opened the way the app opens it, with
realistic content from a real data folder.

The screen tier (tests/screen/test_fits_screen.py) opens each at 1366x768 and at 1280x720
under a real X server with a window manager and checks that it fits with its buttons in
sight; tests/screen/test_registry.py fails when a dialog class of the app is missing here.
A new dialog is registered with `@register("name", covers=("ClassName",))` and a factory
that opens it from the `Scene` and returns the shown top-level widget.
"""

from __future__ import annotations

import dataclasses
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from shiboken6 import isValid

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category, PostContent, Status
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.workspace import Workspace, open_workspace
from medsos_desktop.ui.common import messages
from medsos_desktop.ui.common.tasks import TaskRunner
from medsos_desktop.ui.common.translation import install_language
from medsos_desktop.ui.main_window import MainWindow

# Four unfilled template fields on three platforms, plus a NIK on each: 15 error findings,
# the case that pushed the review dialog's buttons below the screen.
REVIEW_FINDINGS = 15
_REVIEW_CAPTION = (
    "Pelayanan {layanan} dibuka di {lokasi} mulai {tanggal}. Daftar lewat {tautan}.\n"
    "Contoh formulir: NIK 3273014501900001 (jangan ditiru)."
)


def wait_until(predicate: Callable[[], object], timeout: float = 15.0, what: str = "") -> None:
    """Let the event loop run until `predicate` holds (workers deliver through it)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or predicate}")
        QTest.qWait(20)


def settle() -> None:
    """Until no worker is busy and the posted events (results, layouts) are delivered."""
    for _ in range(3):
        TaskRunner.wait_all(10000)
        QCoreApplication.processEvents()
        QTest.qWait(30)


@dataclass
class Scene:
    """The app as an admin has it after a few days: the sample agency's posts, a post
    with many findings waiting for review, two reviewers."""

    window: MainWindow
    workspace: Workspace
    folder: Path
    review_post: int
    _central: Path | None = field(default=None, repr=False)

    def dialog(self, kind: type, what: str) -> QWidget:
        """The dialog the window just opened (it keeps the last one in `_dialog`)."""

        def shown() -> bool:
            dialog = self.window.dialog
            return isinstance(dialog, kind) and isValid(dialog) and dialog.isVisible()

        wait_until(shown, what=what)
        return self.window.dialog

    def central(self) -> Path:
        """A central folder where two agencies sent their approved posts."""
        if self._central is None:
            from medsos_desktop.services.agency import load_profile, save_profile
            from medsos_desktop.services.sync import SyncService
            from medsos_desktop.sync.writer import Ed25519Signer

            central = self.folder / "pusat"
            central.mkdir()
            for name in ("Dinas Kesehatan Kota Sukamaju", "Dinas Pendidikan Kota Sukamaju"):
                workspace = open_workspace(AppPaths(self.folder / name.split()[1]))
                try:
                    profile = load_profile(workspace.db)
                    short = "Dinkes" if "Kesehatan" in name else "Disdik"
                    save_profile(
                        workspace.db, dataclasses.replace(profile, name=name, short_name=short)
                    )
                    signer = Ed25519Signer.generate(uuid.uuid4().hex)
                    SyncService(workspace.db).run(
                        central, signer, signer.public_key_bytes, f"PC admin {short}"
                    )
                finally:
                    workspace.close()
            self._central = central
        return self._central

    def close(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and widget.isVisible():
                widget.close()
        self.window.close()
        settle()
        self.workspace.close()


def build_scene(folder: Path, language: str = "id") -> Scene:
    """Start the app's main window on a new data folder, as `medsos-desktop` does."""
    from medsos_desktop.domain.review import ReviewerRole
    from medsos_desktop.services.review import ReviewService

    install_language(language)
    workspace = open_workspace(AppPaths(folder / "data"), seed_demo=False)
    window = MainWindow(workspace.settings)
    window.show()
    window.attach(workspace)
    wait_until(lambda: window.posts is not None and window.editor is not None, what="posts")
    settle()
    if window.dialog is not None and window.dialog.isVisible():
        window.dialog.reject()  # the first-start profile question: "Later"

    reviews = ReviewService(workspace.db)
    reviews.add_reviewer("Dr. Hj. Ratna Kusumawardani, M.Kes.", ReviewerRole.KEPALA_DINAS, "246810")
    reviews.add_reviewer("Bambang Sutrisno, S.KM.", ReviewerRole.KEPALA_BIDANG, "135790")
    posts = window.posts
    assert posts is not None
    post_id = posts.create(
        PostContent(
            title="Pelayanan administrasi kependudukan keliling di kecamatan",
            category=Category.LAYANAN_PUBLIK,
            platforms=(Platform.INSTAGRAM, Platform.FACEBOOK, Platform.X),
            base_caption=_REVIEW_CAPTION,
            hashtags=("#SukamajuSehat", "#PemkotSukamaju"),
            planned_at=datetime.now().replace(microsecond=0) + timedelta(days=3),
        )
    )
    posts.change_status(post_id, Status.SUBMITTED)
    window.model.upsert(posts.row(post_id))
    window.select_post(post_id)
    wait_until(lambda: window.editor.post_id == post_id, what="the review post in the editor")
    settle()
    return Scene(window, workspace, folder, post_id)


@dataclass(frozen=True)
class Entry:
    """One top-level window or dialog and what must hold for it on a small screen.

    `primary`: buttons outside a button box that must be on screen (attribute or object
    names). `disabled`: buttons expected disabled in the state opened (attribute names,
    object names or texts); every other button-box or primary button must be enabled.
    `hidden`: button-box buttons hidden on purpose in that state. `known_failure`: why it
    does not fit yet (the test is then expected to fail, and says so when it passes).
    """

    name: str
    covers: tuple[str, ...]
    open: Callable[[Scene], QWidget]
    primary: tuple[str, ...] = ()
    disabled: tuple[str, ...] = ()
    hidden: tuple[str, ...] = ()
    known_failure: str = ""


REGISTRY: list[Entry] = []


def register(
    name: str,
    covers: tuple[str, ...] = (),
    primary: tuple[str, ...] = (),
    disabled: tuple[str, ...] = (),
    hidden: tuple[str, ...] = (),
    known_failure: str = "",
) -> Callable[[Callable[[Scene], QWidget]], Callable[[Scene], QWidget]]:
    def add(factory: Callable[[Scene], QWidget]) -> Callable[[Scene], QWidget]:
        REGISTRY.append(Entry(name, covers, factory, primary, disabled, hidden, known_failure))
        return factory

    return add


# -- the main window and its pages -------------------------------------------------------


@register("main_window", covers=("MainWindow",))
def _main_window(scene: Scene) -> QWidget:
    return scene.window


@register("main_window_calendar", primary=("days_button",))
def _calendar_page(scene: Scene) -> QWidget:
    scene.window.left_tabs.setCurrentIndex(1)
    wait_until(lambda: scene.window.calendar_page is not None, what="calendar page")
    return scene.window


@register("main_window_evaluation", primary=("pdf_button", "xlsx_button"))
def _evaluation_page(scene: Scene) -> QWidget:
    scene.window.left_tabs.setCurrentIndex(2)
    wait_until(lambda: scene.window.evaluation_page is not None, what="evaluation page")
    return scene.window


@register("main_window_infographic")
def _infographic_page(scene: Scene) -> QWidget:
    editor = scene.window.editor
    wait_until(lambda: editor.infographic.service is not None, what="infographic templates")
    editor.pages.setCurrentWidget(editor.infographic)
    return scene.window


# -- dialogs the main window opens ------------------------------------------------------


@register("profile_first_run", covers=("ProfileDialog",))
def _profile_first_run(scene: Scene) -> QWidget:
    from medsos_desktop.ui.dialogs.profile_dialog import ProfileDialog

    scene.window.agency.open_profile(first_run=True)
    return scene.dialog(ProfileDialog, "first-start profile")


@register("profile")
def _profile(scene: Scene) -> QWidget:
    from medsos_desktop.ui.dialogs.profile_dialog import ProfileDialog

    scene.window.menus.profile_action.trigger()
    return scene.dialog(ProfileDialog, "agency profile")


@register("settings", covers=("SettingsDialog",))
def _settings(scene: Scene) -> QWidget:
    from medsos_desktop.ui.dialogs.settings_dialog import SettingsDialog

    scene.window.menus.settings_action.trigger()
    return scene.dialog(SettingsDialog, "settings")


@register("admin_name", covers=("AdminDialog",))
def _admin(scene: Scene) -> QWidget:
    from medsos_desktop.ui.dialogs.profile_dialog import AdminDialog

    scene.window.agency.open_admin()
    return scene.dialog(AdminDialog, "who is at the keyboard")


def _reviewers_page(scene: Scene) -> QWidget:
    settings = _settings(scene)
    page = settings.reviewers_page
    settings.findChild(QTabWidget).setCurrentWidget(page)
    wait_until(lambda: page.table.topLevelItemCount() > 0, what="reviewer list")
    return page


def _page_dialog(page: QWidget, kind: type, what: str) -> QWidget:
    wait_until(
        lambda: isinstance(getattr(page, "dialog", None), kind) and page.dialog.isVisible(),
        what=what,
    )
    return page.dialog


@register("reviewer_add", covers=("ReviewerDialog",))
def _reviewer_add(scene: Scene) -> QWidget:
    from medsos_desktop.ui.dialogs.reviewers_page import ReviewerDialog

    page = _reviewers_page(scene)
    page.add_button.click()
    return _page_dialog(page, ReviewerDialog, "new reviewer")


@register("reviewer_pin_reset", covers=("PinResetDialog",))
def _reviewer_pin(scene: Scene) -> QWidget:
    from medsos_desktop.ui.dialogs.reviewers_page import PinResetDialog

    page = _reviewers_page(scene)
    page.table.setCurrentItem(page.table.topLevelItem(0))
    page.pin_button.click()
    return _page_dialog(page, PinResetDialog, "new PIN")


@register("about", covers=("AboutDialog",))
def _about(scene: Scene) -> QWidget:
    from medsos_desktop.ui.dialogs.settings_dialog import AboutDialog

    scene.window.menus.about_action.trigger()
    return scene.dialog(AboutDialog, "about")


@register("brand_kit", covers=("BrandDialog",))
def _brand(scene: Scene) -> QWidget:
    from medsos_desktop.ui.dialogs.brand_dialog import BrandDialog

    scene.window.menus.brand_action.trigger()
    return scene.dialog(BrandDialog, "brand kit")


@register("brand_colour_picker", covers=("QColorDialog",))
def _colour_picker(scene: Scene) -> QWidget:
    from PySide6.QtWidgets import QColorDialog

    from medsos_desktop.ui.dialogs.brand_dialog import BrandDialog, ColourButton

    scene.window.menus.brand_action.trigger()
    brand = scene.dialog(BrandDialog, "brand kit")
    button = brand.findChild(ColourButton)
    button.click()
    wait_until(lambda: isinstance(getattr(button, "picker", None), QColorDialog))
    wait_until(lambda: button.picker.isVisible(), what="colour picker")
    return button.picker


@register("caption_template_picker", covers=("TemplatePickerDialog",))
def _template_picker(scene: Scene) -> QWidget:
    from medsos_desktop.ui.dialogs.template_dialogs import TemplatePickerDialog

    scene.window.template_actions.open_picker()
    return scene.dialog(TemplatePickerDialog, "caption template picker")


@register("caption_templates", covers=("TemplateManagerDialog",))
def _template_manager(scene: Scene) -> QWidget:
    from medsos_desktop.ui.dialogs.template_dialogs import TemplateManagerDialog

    scene.window.menus.templates_action.trigger()
    return scene.dialog(TemplateManagerDialog, "caption templates")


@register("infographic_template_editor", covers=("TemplateEditorDialog",))
def _template_editor(scene: Scene) -> QWidget:
    from medsos_desktop.ui.editor.template_editor import TemplateEditorDialog

    panel = scene.window.editor.infographic
    wait_until(lambda: panel.service is not None, what="infographic templates")
    panel.template_combo.setCurrentIndex(1)  # the first template, then "Edit"
    scene.window.template_actions.edit(panel.template_combo.currentData())
    return scene.dialog(TemplateEditorDialog, "infographic template editor")


@register("infographic_gallery", covers=("TemplateGalleryDialog",))
def _template_gallery(scene: Scene) -> QWidget:
    panel = scene.window.editor.infographic
    wait_until(lambda: panel.service is not None, what="infographic templates")
    panel.open_gallery()
    wait_until(lambda: panel.gallery.isVisible(), what="template gallery")
    return panel.gallery


@register("history", covers=("HistoryDialog",))
def _history(scene: Scene) -> QWidget:
    from medsos_desktop.ui.dialogs.history_dialog import HistoryDialog

    scene.window.review.open_history(scene.review_post)
    return scene.dialog(HistoryDialog, "history")


@register("approval_sheet_signer", covers=("QInputDialog",))
def _approval_sheet_signer(scene: Scene) -> QWidget:
    from PySide6.QtWidgets import QInputDialog

    scene.window.review.save_approval_sheet(scene.review_post)  # two reviewers: who signs?
    return scene.dialog(QInputDialog, "approval sheet signer")


@register(
    "review_15_findings",
    covers=("ReviewDialog",),
    primary=("approve_button", "back_button"),
)
def _review(scene: Scene) -> QWidget:
    from medsos_desktop.ui.dialogs.review_dialog import ReviewDialog

    scene.window.review.open_review(scene.review_post)
    return scene.dialog(ReviewDialog, "review")


@register(
    "submit_guard_15_errors",
    covers=("SubmitGuardDialog",),
    primary=("fix_button", "submit_button"),
)
def _submit_guard(scene: Scene) -> QWidget:
    from medsos_desktop.ui.editor.findings_view import SubmitGuardDialog

    posts = scene.window.posts
    assert posts is not None
    draft = posts.create(
        PostContent(
            title="Pendaftaran kader kesehatan kelurahan",
            platforms=(Platform.INSTAGRAM, Platform.FACEBOOK, Platform.X),
            base_caption=_REVIEW_CAPTION,
        )
    )
    scene.window.review.submit_post(draft)  # errors: it asks first ("Fix first" leaves a draft)
    return scene.dialog(SubmitGuardDialog, "submit guard")


@register("from_diskominfo", covers=("SharedItemsDialog",))
def _shared(scene: Scene) -> QWidget:
    from medsos_desktop.ui.dialogs.shared_dialog import SharedItemsDialog

    scene.window.menus.shared_action.trigger()
    return scene.dialog(SharedItemsDialog, "shared items")


def _passphrase(scene: Scene, creating: bool) -> QWidget:
    import keyring.backends.fail

    from medsos_desktop.services import identity
    from medsos_desktop.ui.dialogs.sync_dialogs import ask_for_device_key

    status = identity.keyring_status(keyring.backends.fail.Keyring())
    question = (
        identity.NoSecureKeyring(status)
        if creating
        else identity.PassphraseRequired(identity.MSG_PASSPHRASE_REQUIRED)
    )
    dialog = ask_for_device_key(question, scene.window, lambda _p, _c: None)
    wait_until(dialog.isVisible, what="passphrase dialog")
    return dialog


@register("key_file_new", covers=("PassphraseDialog",))
def _passphrase_new(scene: Scene) -> QWidget:
    return _passphrase(scene, creating=True)


@register("key_file_passphrase")
def _passphrase_ask(scene: Scene) -> QWidget:
    return _passphrase(scene, creating=False)


@register("hide_part_of_photo", covers=("ObscureDialog",), disabled=("apply_obscure",))
def _obscure(scene: Scene) -> QWidget:
    from medsos_desktop.ui.editor.obscure_dialog import ObscureDialog

    # A phone photo in portrait, the tallest case.
    image = QImage(3000, 4000, QImage.Format.Format_RGB32)
    image.fill(0x3A7BD5)
    dialog = ObscureDialog(image, scene.window)
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    dialog.open()
    wait_until(dialog.isVisible, what="obscure dialog")
    return dialog


@register("mark_published", covers=("MarkPublishedDialog",))
def _mark_published(scene: Scene) -> QWidget:
    from medsos_desktop.ui.metrics.dialogs import MarkPublishedDialog

    scene.window.evaluation.mark_published(scene.window.editor.post_id)
    return scene.dialog(MarkPublishedDialog, "mark published")


@register("metrics_entry", covers=("MetricsEntryDialog",))
def _metrics_entry(scene: Scene) -> QWidget:
    from medsos_desktop.ui.metrics.dialogs import MetricsEntryDialog

    scene.window.evaluation.enter_metrics(scene.window.editor.post_id)
    return scene.dialog(MetricsEntryDialog, "metrics entry")


@register("metrics_import", covers=("MetricsImportDialog",), disabled=("back_button",))
def _metrics_import(scene: Scene) -> QWidget:
    from medsos_desktop.ui.metrics.dialogs import MetricsImportDialog

    scene.window.evaluation.import_action.trigger()
    return scene.dialog(MetricsImportDialog, "metrics import")


@register("reply_templates", covers=("RepliesDialog",))
def _replies(scene: Scene) -> QWidget:
    from medsos_desktop.ui.evaluation.replies_dialog import RepliesDialog

    scene.window.evaluation.replies_action.trigger()
    return scene.dialog(RepliesDialog, "reply templates")


@register("regional_days", covers=("RegionalDaysDialog",))
def _regional_days(scene: Scene) -> QWidget:
    from medsos_desktop.ui.calendar.regional_days_dialog import RegionalDaysDialog

    _calendar_page(scene)
    scene.window.calendar_page.days_button.click()
    return scene.dialog(RegionalDaysDialog, "regional days")


@register("message_long", covers=("QMessageBox",))
def _long_message(scene: Scene) -> QWidget:
    from PySide6.QtWidgets import QMessageBox

    lines = [
        f"instagram: Kolom template {{bagian{i}}} belum diisi; isi atau hapus sebelum diajukan."
        for i in range(40)
    ]
    scene.window.dialog = messages.show_message(
        scene.window, "Medsos Desktop", "Temuan yang masih ada:\n" + "\n".join(lines)
    )
    return scene.dialog(QMessageBox, "long message")


@register("confirm_delete")
def _confirm(scene: Scene) -> QWidget:
    from PySide6.QtWidgets import QMessageBox

    scene.window.menus.delete_action.trigger()
    return scene.dialog(QMessageBox, "confirmation")


@register("trash", covers=("TrashDialog",), primary=("restore_button", "purge_button"))
def _trash(scene: Scene) -> QWidget:
    from medsos_desktop.services.posts import PostService
    from medsos_desktop.ui.dialogs.trash_dialog import TrashDialog

    posts = PostService(scene.workspace.db)
    for row in posts.list_rows()[:2]:
        if row.id != scene.review_post:
            posts.delete(row.id)
    scene.window.menus.trash_action.trigger()
    dialog = scene.dialog(TrashDialog, "trash")
    wait_until(lambda: dialog.table.rowCount() > 0, what="trashed posts")
    return dialog


@register("sample_viewer", covers=("SampleViewer",))
def _sample_viewer(scene: Scene) -> QWidget:
    from medsos_desktop.ui.dialogs.sample_viewer import SampleViewer

    scene.window.menus.sample_action.trigger()
    return scene.dialog(SampleViewer, "sample workspace")


@register("choose_central_folder", covers=("QFileDialog",))
def _file_dialog(scene: Scene) -> QWidget:
    window = scene.window
    window.menus.coordinator_action.trigger()
    wait_until(lambda: window.file_dialog.isVisible(), what="folder chooser")
    return window.file_dialog


# -- the coordinator's window ------------------------------------------------------------


def _coordinator(scene: Scene) -> QWidget:
    from medsos_desktop.ui.coordinator.window import CoordinatorWindow

    window = scene.window
    window.diskominfo.open_coordinator(scene.central())
    wait_until(
        lambda: any(isinstance(w, CoordinatorWindow) and w.isVisible() for w in _top_levels()),
        what="coordinator window",
    )
    coordinator = next(w for w in _top_levels() if isinstance(w, CoordinatorWindow))
    wait_until(lambda: coordinator.revision_model.rowCount() > 0, what="scan")
    settle()
    return coordinator


def _top_levels() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


@register(
    "coordinator_posts",
    covers=("CoordinatorWindow",),
    primary=("rescan_button", "full_button"),
)
def _coordinator_posts(scene: Scene) -> QWidget:
    return _coordinator(scene)


@register(
    "coordinator_devices",
    primary=("trust_button", "reject_button", "revoke_button"),
)
def _coordinator_devices(scene: Scene) -> QWidget:
    coordinator = _coordinator(scene)
    coordinator.tabs.setCurrentIndex(1)
    wait_until(lambda: coordinator.device_model.rowCount() > 0, what="devices")
    coordinator.device_table.selectRow(0)
    settle()
    return coordinator


@register(
    "coordinator_report",
    primary=("xlsx_button", "pdf_button"),
)
def _coordinator_report(scene: Scene) -> QWidget:
    coordinator = _coordinator(scene)
    coordinator.tabs.setCurrentIndex(coordinator.tabs.count() - 1)
    settle()
    return coordinator


# -- a head of office's own PC (issue 16) ----------------------------------------------------


def _reviewer_world(scene: Scene) -> QWidget:
    """A reviewer's PC paired with the scene's agency through a shared folder, one post
    of a two-step chain waiting in their queue."""
    import os

    from medsos_desktop.domain.approval_chain import ApprovalChain, ApprovalStep, ChainSettings
    from medsos_desktop.services.remote_review import AgencyDevice, AgencyReviews
    from medsos_desktop.services.reviewer_desk import ReviewerDesk
    from medsos_desktop.services.settings import Settings
    from medsos_desktop.sync.central import init_central, publish_device
    from medsos_desktop.sync.sealed import box_keys_from_signing_seed
    from medsos_desktop.sync.writer import Ed25519Signer
    from medsos_desktop.ui.reviewer.window import ReviewerWindow

    shared = scene.folder / "folder-bersama"
    shared.mkdir(exist_ok=True)
    if not (shared / "medsos-central.json").exists():
        init_central(shared, "Kota Sukamaju")
    seed = os.urandom(32)
    admin = Ed25519Signer.from_private_bytes(uuid.uuid4().hex, seed)
    agency_slug = "dinkes-kota-sukamaju"
    publish_device(shared, agency_slug, admin.device_id, "PC Humas Dinkes", admin.public_key_bytes)
    agency = AgencyReviews(
        scene.workspace.db,
        shared,
        agency_slug,
        AgencyDevice(admin, admin.public_key_bytes, box_keys_from_signing_seed(seed)),
    )
    reviewer_ws = open_workspace(AppPaths(scene.folder / f"peninjau-{uuid.uuid4().hex[:6]}"))
    reviewer_seed = os.urandom(32)
    signer = Ed25519Signer.from_private_bytes(uuid.uuid4().hex, reviewer_seed)
    desk = ReviewerDesk(
        reviewer_ws.db,
        signer,
        signer.public_key_bytes,
        box_keys_from_signing_seed(reviewer_seed),
        "dr. Hendra Wijaya, M.Kes.",
        "Kepala Dinas Kesehatan Kota Sukamaju",
    )
    desk.offer(shared, agency_slug)
    (offer,) = [o for o in agency.offers() if o.offer.reviewer_id == signer.device_id]
    agency.register(offer.offer, "kepala_dinas")
    device = next(
        d for d in desk.agency_devices(shared, agency_slug) if d.device_id == admin.device_id
    )
    desk.pair(shared, device)
    agency.save_chain_settings(
        ChainSettings(ApprovalChain((ApprovalStep("Kepala Dinas", (signer.device_id,)),)))
    )
    from medsos_desktop.services.posts import PostService

    posts = PostService(scene.workspace.db)
    post_id = posts.create(
        PostContent(
            title="Vaksinasi HPV gratis untuk siswi kelas 5 dan 6 SD se-Kota Sukamaju",
            category=Category.KEGIATAN,
            platforms=(Platform.INSTAGRAM, Platform.FACEBOOK, Platform.X),
            base_caption=(
                "Dinas Kesehatan Kota Sukamaju mengadakan vaksinasi HPV gratis untuk siswi "
                "kelas 5 dan 6 SD pada 10-14 November 2026 di sekolah masing-masing. Bawa "
                "kartu pelajar dan buku KIA. #SukamajuSehat #VaksinHPV"
            ),
        )
    )
    agency.submit(post_id, actor="Rina")
    window = ReviewerWindow(
        Settings(
            reviewer_name="dr. Hendra",
            reviewer_jabatan="Kepala Dinas",
            central_folder=str(shared),
        )
    )
    window.attach(reviewer_ws, desk)
    window.show()
    wait_until(lambda: window.queue.count() > 0, what="the reviewer's queue")
    settle()
    return window


@register("reviewer_window", covers=("ReviewerWindow",), primary=("approve_button",))
def _reviewer_window(scene: Scene) -> QWidget:
    return _reviewer_world(scene)


@register("reviewer_pairing", covers=("PairingDialog",))
def _reviewer_pairing(scene: Scene) -> QWidget:
    from medsos_desktop.ui.reviewer.pairing_dialog import PairingDialog

    window = _reviewer_world(scene)
    window.open_pairing()
    wait_until(lambda: isinstance(window.dialog, PairingDialog), what="pairing dialog")
    wait_until(lambda: window.dialog.device_combo.count() > 0, what="the agency's PCs")
    window.dialog.offer_button.click()  # the code is confirmed only once the request is sent
    wait_until(lambda: window.dialog.pair_button.isEnabled(), what="the pairing code")
    settle()
    return window.dialog


@register("role_question", covers=("RoleDialog",), primary=("role_admin", "role_reviewer"))
def _role_question(scene: Scene) -> QWidget:
    from medsos_desktop.ui.reviewer.role_dialog import RoleDialog

    dialog = RoleDialog(scene.window)
    dialog.open()
    return dialog
