"""The README's screenshots, in Indonesian, as a person sees them on a 1366x768 office screen.

    .venv/bin/python scripts/readme_screenshots.py [OUT_DIR]      (default docs/images)

Uses DISPLAY when it is a 1366x768 X server, else starts its own Xvfb with openbox (both
stopped at the end). Then:
- the end-to-end walk (tests/screen/test_walk.py) runs with MEDSOS_README_IMAGES=OUT_DIR and
  leaves main-window.png, infographic-page.png, review.png and coordinator.png there;
- a throw-away data folder gets a Dinas Kesehatan's November 2026 of published posts with
  figures (fixed seed), made through the app's own services; the app runs on it as its own
  process, is driven to November with the mouse, and calendar.png and evaluation.png are
  taken of the whole screen.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from medsos_desktop.domain.agency import AgencyProfile  # noqa: E402
from medsos_desktop.domain.platforms import Platform  # noqa: E402
from medsos_desktop.domain.posts import Category, PostContent, Status  # noqa: E402
from medsos_desktop.paths import AppPaths  # noqa: E402
from medsos_desktop.services.agency import save_profile  # noqa: E402
from medsos_desktop.services.metrics import MetricsService  # noqa: E402
from medsos_desktop.services.people import PeopleService  # noqa: E402
from medsos_desktop.services.posts import PostService  # noqa: E402
from medsos_desktop.services.workspace import open_workspace  # noqa: E402
from tests.screen.walk_driver import App, Desktop  # noqa: E402

SCREEN = "1366x768"
MONTH = date(2026, 11, 1)
TOPICS = [
    ("Posyandu keliling Kelurahan Cihapit", Category.KEGIATAN),
    ("Vaksinasi HPV gratis untuk siswi SD", Category.LAYANAN_PUBLIK),
    ("Jam layanan Puskesmas selama libur", Category.PENGUMUMAN),
    ("Cegah DBD dengan 3M Plus", Category.KEGIATAN),
    ("Hoaks vaksin menyebabkan kemandulan", Category.KLARIFIKASI_HOAKS),
    ("Capaian imunisasi dasar lengkap", Category.CAPAIAN_KINERJA),
    ("Selamat Hari Kesehatan Nasional", Category.UCAPAN_HARI_BESAR),
    ("Senam sehat Jumat pagi", Category.KEGIATAN),
    ("Donor darah bersama PMI", Category.KOLABORASI),
]


def fill(paths: AppPaths) -> None:
    """A Dinas Kesehatan's own workspace with a November of published posts and figures."""
    workspace = open_workspace(paths, seed_demo=False)
    try:
        save_profile(
            workspace.db,
            AgencyProfile(
                name="Dinas Kesehatan Kota Sukamaju",
                short_name="Dinkes Sukamaju",
                parent_government="Pemerintah Kota Sukamaju",
                handles={Platform.INSTAGRAM: "@dinkessukamaju"},
                official_hashtags=("#SukamajuSehat", "#DinkesSukamaju"),
                confirmed=True,
            ),
        )
        PeopleService(workspace.db).save_admin("Rina Wulandari", "Pranata Humas Ahli Pertama")
        posts, metrics = PostService(workspace.db), MetricsService(workspace.db, actor="Rina")
        rng = random.Random(11)
        ig, fb, tt = Platform.INSTAGRAM, Platform.FACEBOOK, Platform.TIKTOK
        for n in range(18):
            title, category = TOPICS[n % len(TOPICS)]
            day = 2 + n * 27 // 18
            planned = datetime(2026, 11, day, rng.choice([8, 9, 13, 16]))
            platforms = rng.choice([(ig, fb), (ig,), (tt,), (ig, fb, tt)])
            post_id = posts.create(
                PostContent(
                    title=title,
                    category=category,
                    platforms=platforms,
                    base_caption=title,
                    planned_at=planned,
                )
            )
            posts.change_status(post_id, Status.SUBMITTED)
            with workspace.db.engine.begin() as conn:  # as after approval and a sync
                conn.exec_driver_sql("UPDATE post SET status='synced' WHERE id=?", (post_id,))
            links = {
                ig: f"https://www.instagram.com/p/Dk{n:04d}x/",
                fb: f"https://www.facebook.com/dinkessukamaju/posts/{1000 + n}",
                tt: f"https://www.tiktok.com/@dinkessukamaju/video/74{n:017d}",
            }
            at = planned.replace(minute=rng.choice([0, 5, 20]))
            metrics.mark_published(post_id, {p: links[p] for p in platforms}, at)
            for platform in platforms:
                reach = rng.randint(800, 9000)
                metrics.record_manual(
                    post_id,
                    platform,
                    {
                        "reach": reach,
                        "likes": reach // rng.randint(8, 20),
                        "comments": rng.randint(3, 60),
                        "shares": rng.randint(2, 80),
                        "saves": rng.randint(0, 40),
                    },
                )
        for title, day in (("Rapat koordinasi kader", 24), ("Edukasi gizi balita", 26)):
            posts.create(PostContent(title=title, planned_at=datetime(2026, 11, day, 9)))
    finally:
        workspace.close()


@contextmanager
def office_screen() -> Iterator[str]:
    """A 1366x768 X display with a window manager: DISPLAY if it is one, else our own."""
    display = os.environ.get("DISPLAY")
    if display and Desktop(display, Path(os.devnull)).size() == (1366, 768):
        yield display
        return
    with tempfile.TemporaryFile("w+") as number:
        server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(number.fileno()), "-screen", "0", f"{SCREEN}x24"],
            pass_fds=(number.fileno(),),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            display = ":" + _wait_for_line(number)
            manager = subprocess.Popen(
                ["openbox"],
                env={**os.environ, "DISPLAY": display},
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            try:
                _wait_for_window_manager(display)
                yield display
            finally:
                manager.terminate()
                manager.wait(10)
        finally:
            server.terminate()
            server.wait(10)


def _wait_for_line(file: object) -> str:
    from tests.screen.walk_driver import wait_until

    def line() -> str | None:
        file.seek(0)  # type: ignore[attr-defined]
        return file.read().strip() or None  # type: ignore[attr-defined]

    return wait_until(line, 10, "Xvfb to start")


def _wait_for_window_manager(display: str) -> None:
    from tests.screen.walk_driver import wait_until

    def running() -> bool:
        result = subprocess.run(
            ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"],
            env={**os.environ, "DISPLAY": display},
            capture_output=True,
            text=True,
            check=False,
        )
        return "window id" in result.stdout

    wait_until(running, 10, "openbox to start")


def walk(display: str, out: Path) -> None:
    """The end-to-end walk, which copies its four README screenshots to `out`."""
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "MEDSOS_README_IMAGES": str(out.resolve()),
    }
    command = [sys.executable, "-m", "pytest", "-q", "-m", "screen", "tests/screen/test_walk.py"]
    subprocess.run(command, cwd=ROOT, env=env, check=True)


def go_to_month(app: App, label: str, previous: str, following: str, month: date) -> None:
    """Turn the pages with the mouse until the label names `month`."""
    target = f"{_MONTHS[month.month - 1]} {month.year}"
    step = previous if month < date.today().replace(day=1) else following
    for _ in range(36):
        if target in app.probe().one(name=label).label:
            return
        app.click(name=step)
    raise SystemExit(f"could not turn {label} to {target}")


_MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]


def calendar_and_evaluation(display: str, out: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="medsos-shots-") as folder:
        work = Path(folder)
        fill(AppPaths(work / "data"))
        desktop = Desktop(display, work / "shots")
        app = App(desktop, ["--data-dir", str(work / "data"), "--lang", "id"], work)
        try:
            app.wait_for(cls="item", name="post_table", timeout=60)
            app.click("Kalender", cls="tab")
            go_to_month(app, "calendar_title", "calendar_previous", "calendar_next", MONTH)
            app.wait_for(cls="entry", contains="Posyandu")
            shutil.copyfile(desktop.shot("calendar"), out / "calendar.png")
            app.click("Evaluasi", cls="tab")
            go_to_month(app, "month_label", "previous_month", "next_month", MONTH)
            app.wait_for(name="chart_weeks")
            app.wait(lambda s: not s.one(name="status_line", contains="…"), "the figures")
            shutil.copyfile(desktop.shot("evaluation"), out / "evaluation.png")
            app.close("main_window")
        finally:
            app.stop()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "images")
    out.mkdir(parents=True, exist_ok=True)
    with office_screen() as display:
        walk(display, out)
        calendar_and_evaluation(display, out)
    names = ("main-window", "infographic-page", "review", "coordinator", "calendar", "evaluation")
    print("saved " + ", ".join(str(out / f"{name}.png") for name in names))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
