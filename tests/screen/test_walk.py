"""A real admin's and a real head of office's day, walked through with real input events.

The app runs as its own process on the screen tier's X server (1366x768, openbox) and is
driven only through the X server: mouse clicks, the wheel and typed keys (xdotool). The app's
probe (MEDSOS_UI_PROBE, ui/common/ui_probe.py) only says where widgets are. Every step
is checked in the data as well (the real SQLite file through the services, the central folder
through `medsos verify` and the coordinator's own index), and leaves a screenshot of the whole
screen in MEDSOS_WALK_SHOTS (default tests/screen/walk-shots/, ignored by git; `.ci/run` keeps
them in ci-artifacts/walk/). With MEDSOS_README_IMAGES=DIR the four README screenshots are
copied there as well (scripts/readme_screenshots.py does that).

The day: first start on a fresh data folder -> the agency's real profile and the admin's name
(no sample post remains) -> a new post from a caption template -> caption checks (a NIK, 31
hashtags, X over 280 characters) and their fixes -> a photo through the file dialog -> an
infographic exported and attached -> submitted -> approved by the head of office with their
PIN (added in Settings) -> sent to a fresh central folder with a passphrase-protected device
key -> the coordinator, in a second process, trusts the device and sees the post valid in its
list and its calendar.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from base64 import b64decode
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from medsos_desktop.domain.agency import AgencyProfile
from medsos_desktop.domain.fingerprint import format_fingerprint
from medsos_desktop.domain.platforms import Platform
from medsos_desktop.i18n import translator
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.agency import load_profile
from medsos_desktop.services.checks import check_post
from medsos_desktop.services.coordinator import CoordinatorService
from medsos_desktop.services.infographics import InfographicService
from medsos_desktop.services.posts import PostService, PostSnapshot
from medsos_desktop.services.review import ReviewService
from medsos_desktop.store.db import Database, open_database
from tests.screen.walk_driver import ROOT, App, Desktop, Snapshot, missing_tools, wait_until

pytestmark = [pytest.mark.screen, pytest.mark.timeout(360)]

SCREEN = (1366, 768)
AGENCY = "Dinas Pendidikan Kota Sukamaju"
SHORT = "Disdik Sukamaju"
ADMIN, ADMIN_JABATAN = "Rina Wulandari", "Pengelola Media Sosial"
REVIEWER, REVIEWER_JABATAN = "Drs. Bambang Sutrisno", "Kepala Dinas Pendidikan Kota Sukamaju"
PIN = "246810"
PASSPHRASE = "sukamaju cerdas 2027"
TRUST_NOTE = "Sidik jari dibacakan Disdik lewat telepon, 08.15"
TITLE = "Penerimaan Peserta Didik Baru SD dan SMP 2027"
NIK = "3273014508900001"  # a well-formed NIK: region 32 73 01, born 05-08-1990 (female)
MASKED_NIK = "3273**********01"  # how the findings show it
OFFICIAL_TAGS = "#PPDB2027 #SukamajuCerdas #DisdikSukamaju"
INFOGRAPHIC_BODY = (
    "Daftar daring di ppdb.sukamajukota.go.id. Jalur zonasi, afirmasi, prestasi dan "
    "perpindahan tugas orang tua."
)
X_TEXT = (
    "PPDB SD dan SMP Kota Sukamaju 2027 dibuka 4 Januari. Daftar daring di "
    f"ppdb.sukamajukota.go.id {OFFICIAL_TAGS}"
)
# Which walk screenshots the README shows, under which names.
README_IMAGES = {
    "caption-checks-x": "main-window.png",
    "infographic": "infographic-page.png",
    "review-filled": "review.png",
    "coordinator-valid": "coordinator.png",
}


def _shots_dir() -> Path:
    configured = os.environ.get("MEDSOS_WALK_SHOTS")
    return Path(configured) if configured else ROOT / "tests" / "screen" / "walk-shots"


@pytest.fixture
def desktop() -> Desktop:
    display = os.environ.get("DISPLAY")
    if not display:
        pytest.skip("needs a real X server (DISPLAY)")
    if missing_tools():
        pytest.skip(f"needs {', '.join(missing_tools())}")
    size = Desktop(display, Path(os.devnull)).size()
    if size != SCREEN:  # the other office size's run keeps this one's screenshots
        pytest.skip(f"the walk runs at {SCREEN[0]}x{SCREEN[1]}, this screen is {size}")
    shots = _shots_dir()
    shutil.rmtree(shots, ignore_errors=True)
    return Desktop(display, shots)


class AgencyData:
    """The agency's data folder as the services read it, while the app has it open."""

    def __init__(self, data_dir: Path) -> None:

        self.paths = AppPaths(data_dir)
        self._db = None

    @property
    def db(self) -> Database:
        """Opened on first use: the app creates the file."""
        if self._db is None:
            self._db = open_database(self.paths.database)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()

    def posts(self) -> list[PostSnapshot]:

        service = PostService(self.db)
        return [service.load(row.id) for row in service.list_rows()]

    def post(self) -> PostSnapshot | None:
        """The walk's post (None until it has its title)."""
        return next((p for p in self.posts() if p.content.title == TITLE), None)

    def findings(self) -> dict:
        """The caption checks of the walk's post as saved, by platform: the same check the
        editor runs, on what autosave wrote."""

        post = self.post()
        return check_post(post.content, load_profile(self.db)) if post else {}

    def profile(self) -> AgencyProfile:

        return load_profile(self.db)


def _ui(context: str, source: str) -> str:
    """A text of the Indonesian UI, from the catalogue the app reads."""
    return translator("id")(context, source)


def _indonesian(finding: object) -> str:

    return finding.render(translator("id"))  # type: ignore[attr-defined]


def _texts(snapshot: Snapshot, window: str) -> str:
    """Everything the window shows or shows after scrolling: labels, fields, list entries."""
    return "\n".join(w.label for w in snapshot.find(window=window) if w.label)


def _medsos(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(ROOT / ".venv" / "bin" / "medsos"), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


class Walk:
    def __init__(self, desktop: Desktop, folder: Path) -> None:
        self.d = desktop
        self.folder = folder
        self.data = AgencyData(folder / "data")
        self.central = folder / "pusat-diskominfo"
        self.photo_file = folder / "foto-ppdb.jpg"
        self.apps: list[App] = []
        # A PC without a password store: the device key goes into a file protected by a
        # passphrase the admin chooses (the app offers it; it never falls back silently).
        self.env = {
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "DBUS_SESSION_BUS_ADDRESS": "disabled:",
        }
        self.app: App = None  # type: ignore[assignment]

    def start(self, *args: str, label: str) -> App:
        app = App(self.d, list(args), self.folder, env=self.env, label=label)
        self.apps.append(app)
        return app

    def shot(self, name: str) -> Path:
        return self.d.shot(name)

    def _errors(self) -> set[str] | None:
        """The saved post's error findings as "platform:code" (None before it exists)."""
        findings = self.data.findings()
        if not findings:
            return None
        return {
            f"{platform.value}:{f.code}"
            for platform, found in findings.items()
            for f in found
            if f.severity.value == "error"
        }

    def until(self, condition: object, what: str, timeout: float = 20) -> object:
        """Poll the data until `condition()` holds."""
        return wait_until(condition, timeout, what, every=0.2)  # type: ignore[arg-type]

    # -- the steps ---------------------------------------------------------------------------

    def first_start(self) -> None:
        self.app = app = self.start("--data-dir", str(self.folder / "data"), label="agency")
        app.wait_window(name="role_dialog", timeout=60)
        self.shot("who-uses-this-pc")
        app.click(name="role_admin")
        app.wait_window(name="profile_dialog", timeout=60)
        self.shot("welcome")
        app.fill(AGENCY, name="agency_name")
        app.fill(SHORT, name="agency_short")
        app.fill("Pemerintah Kota Sukamaju", name="agency_parent")
        app.fill("#SukamajuCerdas #DisdikSukamaju", name="agency_hashtags")
        app.fill("@disdiksukamaju", name="handle_instagram")
        if app.probe().one(name="admin_name") is not None:  # the first start asks who you are
            app.fill(ADMIN, name="admin_name")
            app.fill(ADMIN_JABATAN, name="admin_jabatan")
        self.shot("profile")
        app.click(name="save_profile")
        app.wait_gone(name="profile_dialog")
        # The agency's own empty workspace, and the offer to set up its brand kit: later.
        question = app.wait(
            lambda s: next((w for w in s.windows if w["cls"] == "QMessageBox"), None),
            "the offer to set up the brand kit",
        )
        self.shot("own-workspace")
        app.click(["Nanti saja", "Batal", "Cancel"], window=question["title"])
        app.wait_gone(question["title"])
        profile = self.data.profile()
        assert profile.name == AGENCY and profile.short_name == SHORT
        assert self.data.posts() == [], "a sample post stayed in the agency's own workspace"
        shown = app.probe()
        assert not shown.find(cls="item", name="post_table"), "the list still shows posts"

    def new_post_from_template(self) -> None:
        app = self.app
        app.focus("main_window")  # the main window has the keyboard
        self.d.key("ctrl+n")
        app.wait_for(cls="item", name="post_table")
        self.until(lambda: len(self.data.posts()) == 1, "the new post in the database")
        app.fill(TITLE, name="title")
        for platform in ("instagram", "facebook", "x"):
            app.click(name=f"platform_{platform}")
        app.click(name="planned_check")  # planned for tomorrow, 09:00 (the default time)
        app.click(name="use_template")
        picker = app.wait_window(cls="TemplatePickerDialog")
        app.click("Agenda Kegiatan", cls="item", window=picker["title"])
        app.fill("Sosialisasi PPDB 2027", name="field_kegiatan")
        app.fill("Senin, 14 Desember 2026", name="field_tanggal")
        app.fill("09.00 WIB", name="field_waktu")
        app.fill("Aula Dinas Pendidikan", name="field_lokasi")
        app.fill(
            "Pendaftaran peserta didik baru jenjang SD dan SMP negeri dibuka secara daring.",
            name="field_isi",
        )
        app.fill("Daftarkan putra-putri Anda tepat waktu!", name="field_ajakan")
        app.fill("ppdb.sukamajukota.go.id", name="field_kontak")
        self.shot("caption-template")
        app.click(name="accept", window=picker["title"])
        app.wait_gone(picker["title"])
        post = self.until(
            lambda: (
                (p := self.data.post()) and "Sosialisasi PPDB 2027" in p.content.base_caption and p
            ),
            "the template's caption saved",
        )
        assert "{" not in post.content.base_caption, "a template field was left unfilled"
        assert post.content.planned_at is not None

    def caption_checks(self) -> None:
        app = self.app
        app.click(name="base_caption")
        self.d.key("ctrl+End")
        self.d.type(f"\nKontak panitia: Budi, NIK {NIK}")
        tags = [*OFFICIAL_TAGS.split(), *(f"#Sekolah{n}" for n in range(1, 29))]
        assert len(tags) == 31  # Instagram allows 30
        app.fill(" ".join(tags), name="hashtags")

        self.until(
            lambda: (
                (p := self.data.post())
                and p.content.final_caption(Platform.INSTAGRAM).endswith(" ".join(tags))
            ),
            "the 31 hashtags saved",
        )
        findings = self.data.findings()
        codes = {p.value: {f.code for f in fs} for p, fs in findings.items()}
        assert {"pii.nik", "hashtags.too_many"} <= codes["instagram"], codes
        assert {"pii.nik", "length.exceeded"} <= codes["x"], codes
        by_platform = {p.value: fs for p, fs in findings.items()}
        expected = {
            "instagram": [
                f for f in by_platform["instagram"] if f.code in {"pii.nik", "hashtags.too_many"}
            ],
            "x": [f for f in by_platform["x"] if f.code in {"pii.nik", "length.exceeded"}],
        }
        for platform, wanted in expected.items():
            tab = app.click(cls="tab", match=_platform_tab(platform))
            messages = [_indonesian(f) for f in wanted]
            app.wait(
                lambda s, m=messages, w=tab.window: all(text in _texts(s, w) for text in m),
                f"the {platform} findings on screen: {messages}",
            )
            # The NIK's finding scrolled into view, as the admin would, for the screenshot.
            app.reveal(cls="item", name=f"findings_{platform}", contains=MASKED_NIK)
            self.shot(f"caption-checks-{platform}")

    def fix_captions(self) -> None:
        app = self.app
        app.click(name="base_caption")
        self.d.key("ctrl+End", "shift+Home", "BackSpace", "BackSpace")  # the NIK line
        app.fill(OFFICIAL_TAGS, name="hashtags")
        app.click(cls="tab", match=_platform_tab("x"))
        app.fill(X_TEXT, name="variant_x")

        # Left: Instagram's "no photo yet", which the next step answers.
        self.until(lambda: self._errors() == {"instagram:media.missing"}, "the captions fixed")
        post = self.data.post()
        assert NIK not in post.content.final_caption(_platform("instagram"))
        self.shot("captions-fixed")

    def photo(self) -> None:

        image = Image.new("RGB", (1600, 1200), (40, 110, 170))
        draw = ImageDraw.Draw(image)
        for x in range(0, 1600, 80):
            draw.rectangle([x, 800, x + 60, 1100], fill=(230, 200, 60))
        draw.ellipse([600, 200, 1000, 600], fill=(250, 250, 250))
        image.save(self.photo_file, quality=88)

        app = self.app
        app.click(name="add_images")
        dialog = app.wait_window(name="QFileDialog")
        self.shot("photo-dialog")
        app.fill(str(self.photo_file), name="fileNameEdit", window=dialog["title"])
        self.d.key("Return")
        app.wait_gone(dialog["title"])
        app.wait_for(cls="item", name="media_list")
        app.fill(
            "Orang tua mendampingi anak mendaftar PPDB di Aula Dinas Pendidikan", name="alt_text"
        )
        post = self.until(
            lambda: (
                (p := self.data.post())
                and len(p.content.media) == 1
                and p.content.media[0].alt_text
                and p
            ),
            "the photo and its alt text saved",
        )
        assert post.content.media[0].alt_text.startswith("Orang tua")
        assert self._errors() == set(), self._errors()
        self.shot("photo")

    def infographic(self) -> None:
        app = self.app
        app.click("Infografis", cls="tab")
        app.choose("Pengumuman", name="infographic_template")
        app.fill("PPDB 2027 dibuka 4 Januari", name="infographic_field_title")
        app.fill(INFOGRAPHIC_BODY, name="infographic_field_body")
        post_id = self.data.post().id
        self.until(
            lambda: (
                (state := InfographicService(self.data.db).load_state(post_id))
                and INFOGRAPHIC_BODY in state.fields.values()
            ),
            "the infographic's fields saved",
        )
        # Drawn from the last keystroke: the preview stops changing, and everything fits.
        previews: list[int | None] = []

        def drawn(snapshot: Snapshot) -> bool:
            preview = snapshot.one(name="infographic_preview")
            previews.append(preview.image if preview else None)
            return len(previews) > 3 and previews[-1] is not None and len(set(previews[-4:])) == 1

        app.wait(
            lambda s: (
                drawn(s)
                and [w.label for w in s.find(cls="item", name="infographic_problems")]
                == [_ui("InfographicPanel", "Everything fits.")]
            ),
            "the infographic drawn, everything fitting",
        )
        self.shot("infographic")
        app.click(name="export_infographic")
        post = self.until(
            lambda: (p := self.data.post()) and len(p.content.media) == 2 and p,
            "the infographic attached to the post",
        )
        assert post.content.media[1].alt_text, "the infographic has no alt text"
        self.shot("infographic-attached")

    def submit(self) -> None:
        app = self.app
        app.click(name="submit")
        self.until(
            lambda: (p := self.data.post()) and p.status.value == "submitted",
            "the post submitted",
        )
        self.shot("submitted")

    def add_reviewer(self) -> None:
        app = self.app
        app.menu("&Instansi", "Pengaturan…")
        settings = app.wait_window(name="settings_dialog")
        app.click(
            ["Persetujuan dengan PIN di PC ini", "Approval by PIN on this PC"],
            cls="tab",
            window=settings["title"],
        )
        app.click(name="reviewer_add")
        app.wait_window(name="reviewer_dialog")
        app.fill(REVIEWER, name="reviewer_name")
        app.fill(REVIEWER_JABATAN, name="reviewer_jabatan")
        app.choose("Kepala Dinas", name="reviewer_role")
        app.fill(PIN, name="reviewer_pin")
        app.fill(PIN, name="reviewer_pin_again")
        self.shot("reviewer")
        app.click(name="reviewer_save")
        app.wait_gone(name="reviewer_dialog")
        app.wait_for(REVIEWER, cls="item", name="reviewer_list")
        self.shot("settings-reviewers")
        self.d.key("Escape")
        app.wait_gone(name="settings_dialog")

        reviewers = ReviewService(self.data.db).reviewers()
        assert [(r.name, r.jabatan) for r in reviewers] == [(REVIEWER, REVIEWER_JABATAN)]

    def review(self) -> None:
        app = self.app
        app.click(name="review")
        dialog = app.wait_window(name="review_dialog")
        app.choose(REVIEWER, partial=True, name="reviewer")
        app.fill(PIN, name="pin")
        for check in (
            "check_facts",
            "check_personal_data",
            "check_children",
            "check_alt_text",
            "check_sara",
            "check_checks",
        ):
            app.click(name=check)
        self.shot("review-filled")
        app.click(name="approve", window=dialog["title"])
        app.wait_gone(name="review_dialog")
        post = self.until(
            lambda: (p := self.data.post()) and p.status.value in {"approved", "synced"} and p,
            "the post approved",
        )

        history = ReviewService(self.data.db).history(post.id)
        assert [(r.reviewer, r.decision) for r in history] == [(REVIEWER, "approved")]
        authors = {e.actor for e in PostService(self.data.db).events(post.id)} - {REVIEWER}
        assert REVIEWER not in authors
        self.shot("approved")

    def send(self) -> None:
        app = self.app
        self.central.mkdir()  # a fresh, empty folder, as Diskominfo shares it
        app.click("Kirim ke folder pusat", cls="QToolButton")
        dialog = app.wait_window(name="QFileDialog")
        app.fill(str(self.central), name="fileNameEdit", window=dialog["title"])
        self.shot("central-folder")
        self.d.key("Return")
        app.wait_window(name="passphrase_dialog")
        app.fill(PASSPHRASE, name="passphrase")
        app.fill(PASSPHRASE, name="passphrase_repeat")
        self.shot("device-key")
        app.click(name="accept_passphrase")
        app.wait_gone(name="passphrase_dialog")
        self.until(
            lambda: (p := self.data.post()) and p.status.value == "synced",
            "the post sent",
            timeout=60,
        )
        self.shot("sent")
        verified = _medsos("verify", "--json", str(self.central))
        report = json.loads(verified.stdout)
        assert verified.returncode == 0, verified.stdout + verified.stderr
        assert report["counts"] == {"valid": 1}, report
        post_json = next(self.central.glob("agencies/*/posts/*/r1/post.json"))
        sent = json.loads(post_json.read_text(encoding="utf-8"))
        assert sent["agency"] == AGENCY and sent["content"]["title"] == TITLE
        assert sent["content"]["captions"]["x"] == X_TEXT
        assert (sent["approval"]["reviewer"], sent["approval"]["role"]) == (
            REVIEWER,
            "kepala_dinas",
        )
        assert NIK not in json.dumps(sent)

    def coordinator(self) -> None:
        coordinator = self.start(
            "--coordinator",
            str(self.central),
            "--data-dir",
            str(self.folder / "diskominfo"),
            label="coordinator",
        )
        window = coordinator.wait_window(name="coordinator_window", timeout=60)
        coordinator.wait_for(TITLE, cls="item", name="revision_table")
        self.shot("coordinator-untrusted")

        device_file = next(self.central.glob("agencies/*/devices/*.json"))

        fingerprint = format_fingerprint(
            b64decode(json.loads(device_file.read_text(encoding="utf-8"))["public_key"])
        )
        coordinator.click(cls="tab", contains="Perangkat", window=window["title"])
        row = coordinator.wait_for(fingerprint, cls="item", name="device_table")
        coordinator.click(row.text, cls="item", name="device_table")
        coordinator.fill(TRUST_NOTE, placeholder="Catatan")
        coordinator.click("Percayai")
        coordinator.wait_for("Dipercaya", cls="item", name="device_table")
        self.shot("coordinator-trusted")

        coordinator.click(cls="tab", contains="Posting semua instansi")
        coordinator.wait_for("Sah", cls="item", name="revision_table")
        coordinator.click(TITLE, cls="item", name="revision_table")  # its detail beside the list
        coordinator.wait(
            lambda s: (detail := s.one(name="revision_detail")) and REVIEWER in detail.text,
            "the revision's detail with its approver",
        )
        self.shot("coordinator-valid")

        coordinator.click("Kalender", cls="tab", window=window["title"])
        entry = coordinator.wait_for(TITLE, cls="entry")
        coordinator.hover(TITLE, cls="entry")
        coordinator.wait(
            lambda s: any(TITLE in w.label and w.window != window["title"] for w in s.widgets),
            "the calendar's tooltip of the post",
        )
        self.shot("coordinator-calendar")
        assert entry.text == TITLE

        with CoordinatorService(self.central, self.folder / "diskominfo") as service:
            devices = service.devices()
            assert [(d.fingerprint, d.decision, d.note) for d in devices] == [
                (fingerprint, "trusted", TRUST_NOTE)
            ]
            revisions = service.revisions()
            assert [(r.title, r.status) for r in revisions] == [(TITLE, "valid")]
            post = self.data.post()
            day = post.content.planned_at.date()
            planned = service.calendar_between(day, day)
            assert [item.title for item in planned.get(day, [])] == [TITLE]
        self.quit(coordinator, "coordinator_window")

    def quit(self, app: App, window: str) -> None:
        code = app.close(window)
        assert code == 0, app.log()
        assert "Traceback" not in app.log(), app.log()

    def readme_images(self) -> None:
        target = os.environ.get("MEDSOS_README_IMAGES")
        if not target:
            return
        for step, name in README_IMAGES.items():
            shot = next(self.d.shots.glob(f"*-{step}.png"))
            shutil.copyfile(shot, Path(target) / name)

    def stop_all(self) -> None:
        for app in self.apps:
            app.stop()
        self.data.close()


def _platform_tab(platform: str) -> object:
    """The editor's tab of a platform: "X", or "X (2)" with its number of findings."""
    name = {"instagram": "Instagram", "facebook": "Facebook", "x": "X"}[platform]
    return lambda w: w.label == name or w.label.startswith(f"{name} (")


def _platform(name: str) -> Platform:

    return Platform(name)


def test_an_admins_and_a_head_of_offices_day(desktop: Desktop, tmp_path: Path) -> None:
    walk = Walk(desktop, tmp_path)
    try:
        walk.first_start()
        walk.new_post_from_template()
        walk.caption_checks()
        walk.fix_captions()
        walk.photo()
        walk.infographic()
        walk.submit()
        walk.add_reviewer()
        walk.review()
        walk.send()
        walk.coordinator()
        walk.quit(walk.app, "main_window")
        walk.readme_images()
    finally:
        walk.stop_all()
