"""Peak memory of reading outside files: refusing a 2 GB file, importing a 100,000-row CSV.

    .venv/bin/python tests/benchmarks/input_bench.py [--rows N]

Run by ``run.py`` in a child process of its own. Each measurement resets the kernel's
high-water mark of this process (``/proc/self/clear_refs``, Linux) after the code paths
have been warmed up once, then reads ``VmHWM`` against the ``VmRSS`` it started from:
the figure is the extra memory the work needed at its peak, whatever the interpreter
and the app's modules already hold. Prints one JSON line on stdout.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from medsos_desktop.cli import main as cli_main  # noqa: E402
from medsos_desktop.domain.text import UserFacingError  # noqa: E402
from medsos_desktop.paths import AppPaths  # noqa: E402
from medsos_desktop.render.images import read_image_file  # noqa: E402
from medsos_desktop.services.brand import BrandService  # noqa: E402
from medsos_desktop.services.infographics import InfographicService  # noqa: E402
from medsos_desktop.services.metrics import MetricsService  # noqa: E402
from medsos_desktop.services.posts import PostService  # noqa: E402
from medsos_desktop.services.workspace import open_workspace  # noqa: E402

CSV_ROWS = 100_000
BIG_FILE = 2 * 2**30

META_HEADER = (
    "Post ID,Page ID,Page name,Title,Description,Duration (sec),Publish time,Caption type,"
    "Permalink,Is crosspost,Is share,Post type,Languages,Custom labels,Funded content status,"
    'Data comment,Date,Impressions,Reach,"Reactions, comments and shares",Reactions,Comments,'
    "Shares,Total clicks,Link clicks\r\n"
)


def _status_mib(key: str) -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(key):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"{key} not in /proc/self/status")


def extra_peak_mib(work: Callable[[], object]) -> float:
    """The memory `work` needed at its peak above what the process held before it."""
    gc.collect()
    with open("/proc/self/clear_refs", "w", encoding="ascii") as clear:
        clear.write("5")  # reset the high-water mark to the current RSS
    before = _status_mib("VmRSS:")
    work()
    return _status_mib("VmHWM:") - before


def write_meta_csv(path: Path, rows: int) -> None:
    """A Meta Business Suite export as agencies download it: 25 columns, a caption each."""
    page = 102938475610293
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(META_HEADER)
        for i in range(rows):
            post = 845610293847561 + i
            day, month = 1 + i % 28, 1 + (i // 28) % 12
            caption = (
                f"Pelayanan KTP elektronik keliling hadir di Kecamatan Sukamaju, kegiatan ke-{i}. "
                "Bawa fotokopi KK dan surat pengantar RT/RW, ya! #SukamajuMelayani"
            )
            out.write(
                f'{page}_{post},{page},Diskominfo Kota Sukamaju,,"{caption}",,'
                f"{month:02d}/{day:02d}/2026 08:15,,https://www.facebook.com/{page}/posts/{post},"
                f'No,No,Photos,,,,,Lifetime,"{12345 + i:,}","{9876 + i:,}",512,430,57,25,310,44\r\n'
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=CSV_ROWS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="medsos-input-bench-") as tmp:
        root = Path(tmp)
        big = root / "IMG_20261104_besar.jpg"
        with open(big, "wb") as handle:
            handle.truncate(BIG_FILE)  # sparse: 2 GB that take no disk space
        csv_path = root / "meta-statistik.csv"
        write_meta_csv(csv_path, args.rows)
        small_csv = root / "kecil.csv"
        write_meta_csv(small_csv, 20)
        workspace = open_workspace(AppPaths(root / "data"), seed_demo=True)
        try:
            posts, brand = PostService(workspace.db), BrandService(workspace.db)
            templates, metrics = InfographicService(workspace.db), MetricsService(workspace.db)
            data_dir = ["--data-dir", str(root / "data")]
            refusers: list[Callable[[Path], object]] = [
                read_image_file,
                posts.import_image_file,
                brand.import_logo_file,
                brand.add_font_file,
                templates.import_package_file,
                metrics.columns,
                lambda path: metrics.preview_import(path, path.name),
                lambda path: cli_main(["import-image", str(path), *data_dir]),
            ]

            def refuse_all() -> None:
                for refuse in refusers:
                    try:
                        outcome = refuse(big)
                    except UserFacingError:
                        continue
                    if outcome != 2:  # the command line's "could not read" status
                        raise RuntimeError(f"{refuse} read a 2 GB file: {outcome!r}")

            def import_csv() -> int:
                preview = metrics.preview_import(csv_path, csv_path.name)
                metrics.commit_import(preview)
                return len(preview.matches)

            refuse_all()  # warm-up: every module and code path loaded once
            metrics.preview_import(small_csv, small_csv.name)
            refuse_mib = extra_peak_mib(refuse_all)
            started = time.perf_counter()
            rows: list[int] = []
            csv_mib = extra_peak_mib(lambda: rows.append(import_csv()))
            csv_s = time.perf_counter() - started
        finally:
            workspace.close()
        print(
            f"refusing a 2 GB file ({len(refusers)} ways): {refuse_mib:.1f} MiB extra peak; "
            f"importing {rows[0]:,} CSV rows ({csv_path.stat().st_size / 2**20:.0f} MiB): "
            f"{csv_mib:.1f} MiB extra peak, {csv_s:.1f} s",
            file=sys.stderr,
        )
    print(
        json.dumps(
            {"refuse_2gb_mib": refuse_mib, "csv_mib": csv_mib, "csv_rows": rows[0], "csv_s": csv_s}
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
