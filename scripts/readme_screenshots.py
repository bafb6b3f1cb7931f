"""The README's screenshots of the calendar and the evaluation dashboard, in Indonesian.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/readme_screenshots.py [OUT_DIR]

A throw-away data folder gets the demo workspace plus a November of a Dinas Kesehatan's
published posts with figures (fixed seed), made through the app's own services; the
main window is then grabbed with the calendar tab and with the evaluation tab open.
"""

from __future__ import annotations

import dataclasses
import os
import random
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category, PostContent, Status
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.agency import load_profile, save_profile
from medsos_desktop.services.metrics import MetricsService
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.workspace import open_workspace

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
    workspace = open_workspace(paths)
    try:
        save_profile(workspace.db, dataclasses.replace(load_profile(workspace.db), confirmed=True))
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


def spin(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    from medsos_desktop.ui.tasks import TaskRunner
    from medsos_desktop.ui.translation import install_language

    install_language("id")
    from medsos_desktop.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory(prefix="medsos-shots-") as tmp:
        paths = AppPaths(Path(tmp) / "data")
        fill(paths)
        workspace = open_workspace(paths)
        window = MainWindow(workspace.settings)
        window.resize(1400, 900)
        window.show()
        window.attach(workspace)
        spin(app, 3)
        window.left_tabs.setCurrentIndex(1)
        spin(app, 1)
        window.calendar_page.view.set_month(2026, 11)
        spin(app, 2)
        window.grab().save(str(out / "calendar.png"))
        window.left_tabs.setCurrentIndex(2)
        spin(app, 1)
        window.evaluation_page.set_month(date(2026, 11, 1))
        spin(app, 3)
        window.grab().save(str(out / "evaluation.png"))
        TaskRunner.wait_all()
        window.close()
        workspace.close()
    print(f"saved {out / 'calendar.png'} and {out / 'evaluation.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
