"""The budgets of DESIGN.md ("Budgets"), measured in one run on this machine.

    .venv/bin/python tests/benchmarks/run.py [--json] [--only NAME ...] [--runs N]

Every figure is a ratio against a baseline measured in the same run, so results from
different machines compare. One line per figure on stdout (with ``--json``, a JSON list
of objects with ``name``, ``ours``, ``baseline``, ``ratio``, ``budget`` (the highest
allowed ratio), ``unit`` and ``within_budget``); progress and the raw samples go to
stderr. Over budget is reported, not failed: the exit status is 0 whenever every
measurement could be taken, 1 when one could not (its error is on stderr, the other
figures are still printed), 2 on bad usage.

Figures:

- ``cold_start_paint_10k``: wall time from spawning ``python -m medsos_desktop
  --benchmark-exit paint`` (10,000 posts stored) to reading its ``ready`` line, against
  a bare PySide6 window started and timed the same way; median of ``--runs`` runs after
  one warm-up run of each (so Python's bytecode and the OS file cache are warm: this is
  a new process, not a cold disk). Budget 2x.
- ``cold_start_loaded_10k``: the same until the post list shows the 10,000 posts
  (``--benchmark-exit loaded``: the window's ``list_filled``, or ``posts_loaded`` where
  it has none). Budget 3x. The agency window fills its list from the database file
  before the database layer (SQLAlchemy) is loaded, and opens the rest behind it.
- ``peak_memory_10k``: peak RSS (``ru_maxrss`` from ``os.wait4``) of the ``loaded``
  runs against the bare window's runs. The app waits for its workers before it exits,
  so the opening of the data folder that goes on behind the filled list (the database
  layer, the first screen's housekeeping, the profile) is counted too. Budget 2.5x.
- ``fts_search_100k``: ``PostService.search`` over 100,000 posts, median over a fixed
  set of Indonesian queries of each query's median time. Budget 50 ms: the baseline is
  that 50 ms, so the ratio must stay at or below 1.
- ``infographic_render_1080x1350``: the reference infographic (photo, logo, title, six
  bullet lines) drawn by the engine with its image caches cleared, against hand-written
  Pillow code drawing the same (``render_bench.py``, in a child process). Budget 2x.
- ``infographic_export_1080x1350``: exporting it as the app does (count the slides, draw
  each at full size with the image caches cleared, encode with ``export_image`` as a plain
  PNG under the 4 MB limit of an Instagram and Facebook post), against the hand-written
  drawing saved as a plain PNG (``render_bench.py``). Face detection is not included: it
  runs once per photo and is cached by sha256, so the figure is the steady state (faces
  known, image caches cleared); the first export of a new photo, detection included, and
  the same export as JPEG (quality 90 against the same save by hand) are on stderr.
  Budget 1.5x.
- ``infographic_preview``: the editor's preview of it (420 px, caches warm) against
  100 ms. Informational: DESIGN asks only that previews never block the UI thread, which
  ``preview_gui_stall`` measures.
- ``preview_gui_stall``: the longest gap between the ticks of a 10 ms timer on the GUI
  thread while the infographic page draws a preview for each of six edits of a title,
  against the longest gap of the same timer over the same time with nothing to draw
  (``ui_bench.py``, in a child process, offscreen; median of three of each, interleaved).
  Budget 5x (about 85 ms here, stricter than the 250 ms the test used to assert): showing a
  finished preview is GUI work of a few milliseconds, while drawing one on the GUI thread
  (100 ms and more with a new photo) would stall it past the budget.
- ``autosave_while_typing``: keys typed without pause (60 ms apart, two seconds) into a
  new post's title; the time from the first key until the autosave hands a save to its
  save thread, against the autosave's ``max_wait_ms`` (1 s: what a crash may lose at most;
  ``ui_bench.py``, a new window each of three times, median). Budget 1.3x.
- ``face_detection_12mp``: ``focus.faces_in_blob`` with its cache cleared (what a new
  photo costs the engine: a reduced-scale decode and the Haar cascade) on a 4000x3000
  JPEG made from ``tests/data/faces`` at run time, against decoding the same JPEG fully
  with Pillow. Informational: the ratio says what detection adds over reading the photo.
- ``sync_1000_posts``: `SyncService.run` sending 1,000 approved posts with a 250 kB
  photo each to an empty central folder, against copying the same four files of each
  revision into the same layout with each file and each new folder flushed by fsync, the
  day's automatic backup already made (``sync_bench.py``, in a child process), the
  median of five runs of each, interleaved. Budget 1.5x. The same copy without fsync is
  printed on stderr for the record.
- ``resync_10k_nothing_new``: a sync with nothing new after 10,000 posts were sent
  (median of five), against DESIGN's 0.5 s. Budget: ratio at most 1.
- ``coordinator_first_scan_100k`` and ``coordinator_incremental_scan_100k``: the
  coordinator's first scan of a generated central folder of 500 agencies and 100,000
  revisions against hashing every file once and verifying one Ed25519 signature per
  revision (budget 1.3x), and a second scan with nothing new against 1 s
  (``coordinator_bench.py``, in a child process; the folder is generated
  under /var/tmp when it exists, which is a disk, not a memory file system).
- ``coordinator_first_scan_3_step_chains``: the first scan of 10,000 revisions (50
  agencies) whose every approval is a three-step chain signed on the reviewers' own PCs,
  each proof checked, against hashing every file and verifying every distinct signature
  the folder holds (``coordinator_bench.py --chains``). Budget 1.3x.
- ``refuse_2gb_file_peak_memory``: the extra peak RSS (``VmHWM`` after resetting it,
  above the ``VmRSS`` before) of refusing a sparse 2 GB file given as a photo, a logo,
  a font, a template package, a metrics CSV and to ``medsos import-image``, against
  50 MiB (``input_bench.py``, in a child process, the paths warmed up once). Budget: ratio
  at most 1.
- ``csv_import_100k_peak_memory``: the same for previewing and importing a 100,000-row
  Meta Business Suite export (25 columns, a caption a row), against 100 MiB. Budget:
  ratio at most 1.

- ``review_request_to_queue``: a review request placed in a local shared folder (its
  folder renamed into ``reviews/``, the way every request arrives whole) until the
  reviewer's window lists it, through the folder watcher; median of five, against DESIGN's
  5 s (``review_bench.py``, in a child process, offscreen). Budget: ratio at most 1. On a
  network share there is no watcher: the poll interval (60 s) is the bound.

Children inherit the parent's peak RSS on Linux (exec keeps the old ``hiwater_rss`` in
``ru_maxrss``), so this process stays small while it starts children: data is generated
in child processes (``corpus.py``), the app is imported here only for the search figure,
which runs last, and each child's peak is checked against this process's own peak.
POSIX only (``os.wait4``, ``resource``).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
CORPUS_SCRIPT = Path(__file__).resolve().parent / "corpus.py"

COLD_START_PAINT = "cold_start_paint_10k"
COLD_START_LOADED = "cold_start_loaded_10k"
PEAK_MEMORY = "peak_memory_10k"
FTS_SEARCH = "fts_search_100k"
INFOGRAPHIC_RENDER = "infographic_render_1080x1350"
PREVIEW_RENDER = "infographic_preview"
INFOGRAPHIC_EXPORT = "infographic_export_1080x1350"
FACE_DETECTION = "face_detection_12mp"
PREVIEW_TARGET_MS = 100.0
SYNC_1000 = "sync_1000_posts"
RESYNC_10K = "resync_10k_nothing_new"
RESYNC_BUDGET_S = 0.5
SYNC_FIGURES = (SYNC_1000, RESYNC_10K)
COORDINATOR_FIRST = "coordinator_first_scan_100k"
COORDINATOR_INCREMENTAL = "coordinator_incremental_scan_100k"
COORDINATOR_FIGURES = (COORDINATOR_FIRST, COORDINATOR_INCREMENTAL)
REFUSE_2GB = "refuse_2gb_file_peak_memory"
REFUSE_2GB_BUDGET_MIB = 50.0
CSV_IMPORT_100K = "csv_import_100k_peak_memory"
CSV_IMPORT_BUDGET_MIB = 100.0
INPUT_FIGURES = (REFUSE_2GB, CSV_IMPORT_100K)
PREVIEW_STALL = "preview_gui_stall"
AUTOSAVE_TYPING = "autosave_while_typing"
UI_FIGURES = (PREVIEW_STALL, AUTOSAVE_TYPING)
REVIEW_TO_QUEUE = "review_request_to_queue"
REVIEW_BUDGET_S = 5.0
FIGURES = (
    COLD_START_PAINT,
    COLD_START_LOADED,
    PEAK_MEMORY,
    FTS_SEARCH,
    INFOGRAPHIC_RENDER,
    INFOGRAPHIC_EXPORT,
    PREVIEW_RENDER,
    FACE_DETECTION,
    SYNC_1000,
    RESYNC_10K,
    COORDINATOR_FIRST,
    COORDINATOR_INCREMENTAL,
    REFUSE_2GB,
    CSV_IMPORT_100K,
    PREVIEW_STALL,
    AUTOSAVE_TYPING,
    REVIEW_TO_QUEUE,
)
RENDER_FIGURES = (INFOGRAPHIC_RENDER, INFOGRAPHIC_EXPORT, PREVIEW_RENDER, FACE_DETECTION)
STARTUP_FIGURES = (COLD_START_PAINT, COLD_START_LOADED, PEAK_MEMORY)

STARTUP_POSTS = 10_000
SEARCH_POSTS = 100_000
DEFAULT_RUNS = 7
CHILD_TIMEOUT_S = 120.0
SEARCH_BUDGET_MS = 50.0
SEARCH_REPEATS = 5

# What an admin types in the search box (debounced, so half-typed words arrive too):
# single words, place names, prefixes, two words, an official hashtag. Chosen for
# realism, not for speed; common words match tens of thousands of the 100,000 posts.
SEARCH_QUERIES = (
    "vaksinasi",
    "posyandu",
    "banjir",
    "stunting",
    "ktp",
    "hoaks",
    "Cihapit",
    "vaks",
    "posy",
    "pela",
    "kec",
    "jalan rusak",
    "pajak daerah",
    "pelayanan ktp",
    "kerja bakti",
    "imunisasi polio",
    "Kelurahan Cihapit",
    "#BandungJuara",
)

# The baseline: a bare PySide6 window, reporting at its first paint exactly as
# medsos_desktop.app does with --benchmark-exit (event filter, then a zero timer).
BARE_WINDOW = """\
import time
started = time.perf_counter()
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(["bare-window"])
window = QMainWindow()


def report_and_quit():
    print(f"ready {time.perf_counter() - started:.4f}", flush=True)
    app.quit()


class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, report_and_quit)
        return False


first_paint = FirstPaint(window)
window.installEventFilter(first_paint)
window.show()
raise SystemExit(app.exec())
"""


class MeasurementError(Exception):
    """A figure could not be measured (a child failed, timed out or reported nothing)."""


@dataclass(frozen=True)
class Figure:
    """One line of the report."""

    name: str
    ours: float
    baseline: float
    ratio: float
    budget: float | None  # the highest allowed ratio; None: informational, no budget
    unit: str
    within_budget: bool | None

    @classmethod
    def of(cls, name: str, ours: float, baseline: float, budget: float | None, unit: str) -> Figure:
        ratio = ours / baseline
        within = None if budget is None else ratio <= budget
        return cls(name, ours, baseline, ratio, budget, unit, within)

    def line(self) -> str:
        if self.budget is None:
            budget, verdict = "budget     -", "informational"
        else:
            budget = f"budget <= {self.budget:.1f}"
            verdict = "within budget" if self.within_budget else "OVER BUDGET"
        return (
            f"{self.name:<33} ours {self.ours:9.3f} {self.unit:<3}  "
            f"baseline {self.baseline:9.3f} {self.unit:<3}  ratio {self.ratio:6.2f}  "
            f"{budget}  {verdict}"
        )

    def as_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "ours": round(self.ours, 4),
            "baseline": round(self.baseline, 4),
            "ratio": round(self.ratio, 3),
            "budget": self.budget,
            "unit": self.unit,
            "within_budget": self.within_budget,
        }


@dataclass(frozen=True)
class ChildRun:
    """One child process: wall time to its `ready` line, its own figure, its peak RSS."""

    wall_s: float
    reported_s: float  # seconds since the child's own start mark (after interpreter start-up)
    max_rss_mib: float


def note(message: str) -> None:
    """Progress and raw samples: stderr, so that stdout stays the report."""
    print(message, file=sys.stderr, flush=True)


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("MEDSOS_DATA_DIR", None)
    return env


def _max_rss_mib(rusage: resource.struct_rusage) -> float:
    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB on Linux
    return rusage.ru_maxrss * scale / 2**20


def _own_peak_mib() -> float:
    return _max_rss_mib(resource.getrusage(resource.RUSAGE_SELF))


def run_child(argv: Sequence[str], label: str, timeout_s: float = CHILD_TIMEOUT_S) -> ChildRun:
    """Spawn `argv`, time it until it prints `ready SECONDS`, let it exit, read its peak RSS."""
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as err:
        started = time.perf_counter()
        try:
            proc = subprocess.Popen(
                argv,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=err,
                cwd=REPO_ROOT,
                env=child_env(),
                text=True,
            )
        except OSError as exc:
            raise MeasurementError(f"{label}: cannot start {argv[0]}: {exc}") from exc
        timed_out = threading.Event()

        def kill() -> None:
            timed_out.set()
            proc.kill()

        watchdog = threading.Timer(timeout_s, kill)
        watchdog.start()
        try:
            assert proc.stdout is not None
            wall_s: float | None = None
            reported_s = 0.0
            for line in proc.stdout:
                if line.startswith("ready "):
                    wall_s = time.perf_counter() - started
                    try:
                        reported_s = float(line.split()[1])
                    except (IndexError, ValueError):
                        reported_s = float("nan")
                    break
            proc.stdout.read()  # whatever else it prints, so it never blocks on a full pipe
            _pid, status, rusage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
        finally:
            watchdog.cancel()
            if proc.returncode is None:
                proc.kill()
                proc.wait()
        err.seek(0)
        stderr_tail = "\n".join(err.read().strip().splitlines()[-15:])
    if timed_out.is_set():
        raise MeasurementError(f"{label}: no exit within {timeout_s:.0f} s\n{stderr_tail}")
    if wall_s is None or proc.returncode != 0:
        raise MeasurementError(
            f"{label}: exit status {proc.returncode}, "
            f"{'no ready line' if wall_s is None else 'after its ready line'}\n{stderr_tail}"
        )
    max_rss_mib = _max_rss_mib(rusage)
    own_peak = _own_peak_mib()
    if max_rss_mib <= own_peak:
        raise MeasurementError(
            f"{label}: its peak RSS ({max_rss_mib:.1f} MiB) is not above this process's own "
            f"({own_peak:.1f} MiB), so it may be inherited rather than its own"
        )
    return ChildRun(wall_s, reported_s, max_rss_mib)


def generate_data(root: Path, counts: dict[str, tuple[int, bool]]) -> dict[str, Path]:
    """Build the data folders in parallel child processes (name -> (posts, bulk))."""
    procs: dict[str, tuple[Path, subprocess.Popen[str]]] = {}
    for name, (count, bulk) in counts.items():
        folder = root / name
        argv = [sys.executable, str(CORPUS_SCRIPT), str(folder), str(count)]
        if bulk:
            argv.append("--bulk")
        note(f"generating {count:,} posts in {folder} ({'bulk insert' if bulk else 'create_post'})")
        procs[name] = (
            folder,
            subprocess.Popen(
                argv,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=child_env(),
                text=True,
            ),
        )
    failures: list[str] = []
    for name, (_folder, proc) in procs.items():
        try:
            out, errs = proc.communicate(timeout=300)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, errs = proc.communicate()
        if proc.returncode != 0 or not out.startswith("stored "):
            tail = "\n".join(errs.strip().splitlines()[-15:])
            failures.append(f"generating {name} failed (exit {proc.returncode}):\n{tail}")
            continue
        _word, stored, seconds = out.split()
        note(f"  {name}: {int(stored):,} posts stored in {float(seconds):.1f} s")
        if int(stored) != counts[name][0]:
            failures.append(f"{name}: {stored} posts stored, {counts[name][0]} wanted")
    if failures:
        raise MeasurementError("\n".join(failures))
    return {name: folder for name, (folder, _proc) in procs.items()}


def _summary(label: str, runs: list[ChildRun]) -> None:
    walls = ", ".join(f"{r.wall_s:.3f}" for r in runs)
    note(
        f"  {label:<20} wall s [{walls}]  median {statistics.median(r.wall_s for r in runs):.3f}"
        f"  (in-process median {statistics.median(r.reported_s for r in runs):.3f} s)"
        f"  peak RSS median {statistics.median(r.max_rss_mib for r in runs):.1f} MiB"
    )


def measure_startup(data_dir: Path, selected: Sequence[str], runs: int) -> list[Figure]:
    """Cold start and peak memory of the app against a bare window, runs interleaved."""
    app = [sys.executable, "-m", "medsos_desktop", "--data-dir", str(data_dir)]
    kinds: dict[str, list[str]] = {"bare window": [sys.executable, "-c", BARE_WINDOW]}
    if COLD_START_PAINT in selected:
        kinds["app, first paint"] = [*app, "--benchmark-exit", "paint"]
    if COLD_START_LOADED in selected or PEAK_MEMORY in selected:
        kinds["app, posts loaded"] = [*app, "--benchmark-exit", "loaded"]
    samples: dict[str, list[ChildRun]] = {kind: [] for kind in kinds}
    for round_no in range(runs + 1):  # round 0 warms up every kind and is discarded
        note(f"start-up round {round_no}/{runs}{' (warm-up)' if round_no == 0 else ''}")
        for kind, argv in kinds.items():
            run = run_child(argv, kind)
            if round_no:
                samples[kind].append(run)
    for kind, kind_runs in samples.items():
        _summary(kind, kind_runs)

    def median_of(kind: str, value: Callable[[ChildRun], float]) -> float:
        return statistics.median(value(r) for r in samples[kind])

    bare_s = median_of("bare window", lambda r: r.wall_s)
    figures: list[Figure] = []
    if COLD_START_PAINT in selected:
        ours = median_of("app, first paint", lambda r: r.wall_s)
        figures.append(Figure.of(COLD_START_PAINT, ours, bare_s, 2.0, "s"))
    if COLD_START_LOADED in selected:
        ours = median_of("app, posts loaded", lambda r: r.wall_s)
        figures.append(Figure.of(COLD_START_LOADED, ours, bare_s, 3.0, "s"))
    if PEAK_MEMORY in selected:
        ours = median_of("app, posts loaded", lambda r: r.max_rss_mib)
        bare = median_of("bare window", lambda r: r.max_rss_mib)
        figures.append(Figure.of(PEAK_MEMORY, ours, bare, 2.5, "MiB"))
    return figures


def measure_search(data_dir: Path) -> Figure:
    """`PostService.search` over the 100,000-post folder, in this process (so: last)."""
    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))
    from medsos_desktop.paths import AppPaths
    from medsos_desktop.services.posts import PostService
    from medsos_desktop.services.workspace import open_workspace

    workspace = open_workspace(AppPaths(data_dir), exclusive=False, seed_demo=False)
    try:
        service = PostService(workspace.db)
        per_query: list[float] = []
        for query in SEARCH_QUERIES:
            hits = len(service.search(query))  # warm-up: statement cache, first pages
            times_ms = []
            for _ in range(SEARCH_REPEATS):
                started = time.perf_counter()
                service.search(query)
                times_ms.append((time.perf_counter() - started) * 1000)
            per_query.append(statistics.median(times_ms))
            note(f"  search {query!r:<20} {hits:6,} hits  median {per_query[-1]:7.2f} ms")
    finally:
        workspace.close()
    worst = max(zip(per_query, SEARCH_QUERIES, strict=True))
    note(f"  search: slowest query {worst[1]!r} at {worst[0]:.2f} ms")
    ours = statistics.median(per_query)
    return Figure.of(FTS_SEARCH, ours, SEARCH_BUDGET_MS, 1.0, "ms")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Measure the budgets of DESIGN.md against baselines from the same run."
    )
    parser.add_argument("--json", action="store_true", help="print a JSON list instead of lines")
    parser.add_argument(
        "--only", nargs="+", choices=FIGURES, metavar="NAME", help=f"one of: {', '.join(FIGURES)}"
    )
    parser.add_argument(
        "--runs", type=int, default=DEFAULT_RUNS, help="timed start-ups of each kind (median)"
    )
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def compile_app() -> None:
    """Measure the app as installed: pip and the frozen build ship compiled bytecode, but a
    source checkout run with PYTHONDONTWRITEBYTECODE=1 would compile every module at every
    start (about 40 ms here), which no user ever pays."""
    import compileall

    package = Path(__file__).resolve().parents[2] / "medsos_desktop"
    compileall.compile_dir(str(package), quiet=1)


def measure_render() -> list[Figure]:
    script = Path(__file__).resolve().parent / "render_bench.py"
    proc = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, env=child_env(), timeout=300
    )
    if proc.returncode != 0:
        raise MeasurementError(f"render benchmark failed:\n{proc.stderr[-2000:]}")
    values = json.loads(proc.stdout.strip().splitlines()[-1])
    note(
        f"  render: hand-written {values['hand_written_ms']:.1f} ms, engine "
        f"{values['engine_ms']:.1f} ms (warm {values['engine_warm_ms']:.1f} ms), "
        f"preview {values['preview_ms']:.1f} ms"
    )
    note(
        f"  export PNG: engine {values['export_png_ms']:.1f} ms "
        f"({values['export_png_bytes'] / 1000:.0f} kB), hand-written "
        f"{values['hand_export_png_ms']:.1f} ms ({values['hand_export_png_bytes'] / 1000:.0f} kB); "
        f"first export of a new photo (face detection included) "
        f"{values['export_png_first_ms']:.1f} ms"
    )
    note(
        f"  export JPEG q90: engine {values['export_jpeg_ms']:.1f} ms "
        f"({values['export_jpeg_bytes'] / 1000:.0f} kB), hand-written "
        f"{values['hand_export_jpeg_ms']:.1f} ms "
        f"({values['hand_export_jpeg_bytes'] / 1000:.0f} kB), ratio "
        f"{values['export_jpeg_ms'] / values['hand_export_jpeg_ms']:.2f}"
    )
    note(
        f"  faces: 12 MP JPEG ({values['photo_bytes'] / 1e6:.1f} MB, {values['faces_found']} "
        f"face(s)) detected in {values['detect_ms']:.0f} ms (detect_faces alone on the decoded "
        f"photo {values['detect_only_ms']:.0f} ms), full decode {values['decode_ms']:.0f} ms"
    )
    return [
        Figure.of(INFOGRAPHIC_RENDER, values["engine_ms"], values["hand_written_ms"], 2.0, "ms"),
        Figure.of(
            INFOGRAPHIC_EXPORT, values["export_png_ms"], values["hand_export_png_ms"], 1.5, "ms"
        ),
        Figure.of(PREVIEW_RENDER, values["preview_ms"], PREVIEW_TARGET_MS, None, "ms"),
        Figure.of(FACE_DETECTION, values["detect_ms"], values["decode_ms"], None, "ms"),
    ]


def measure_sync(work_dir: Path) -> list[Figure]:
    script = Path(__file__).resolve().parent / "sync_bench.py"
    proc = subprocess.run(
        [sys.executable, str(script), str(work_dir)],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=900,
    )
    if proc.returncode != 0:
        raise MeasurementError(f"sync benchmark failed:\n{proc.stderr[-2000:]}")
    values = json.loads(proc.stdout.strip().splitlines()[-1])
    note(
        f"  sync: {values['posts']} posts ({values['bytes'] / 1e6:.0f} MB) in "
        f"{values['sync_s']:.2f} s; copy with fsync {values['copy_s']:.2f} s, without "
        f"{values['copy_nosync_s']:.2f} s (medians; sync samples "
        f"{[round(v, 2) for v in values['sync_samples']]}, copy samples "
        f"{[round(v, 2) for v in values['copy_samples']]}); first sync of {values['synced']} posts "
        f"{values['first_sync_s']:.1f} s, re-sync samples {values['resync_samples']}"
    )
    return [
        Figure.of(SYNC_1000, values["sync_s"], values["copy_s"], 1.5, "s"),
        Figure.of(RESYNC_10K, values["resync_s"], RESYNC_BUDGET_S, 1.0, "s"),
    ]


def measure_coordinator() -> list[Figure]:
    script = Path(__file__).resolve().parent / "coordinator_bench.py"
    scratch = Path("/var/tmp") if Path("/var/tmp").is_dir() else Path(tempfile.gettempdir())
    values: list[dict[str, object]] = []
    # The 100,000-revision folder, then a 10,000-revision one whose every approval is a
    # signed three-step chain (issue 16: the scan's budget must still hold with proofs).
    for extra in ([], ["--chains", "--agencies", "50", "--revisions", "10000"]):
        with tempfile.TemporaryDirectory(prefix="medsos-coordinator-", dir=scratch) as tmp:
            proc = subprocess.run(
                [sys.executable, str(script), "--json", "--keep", tmp, *extra],
                capture_output=True,
                text=True,
                env=child_env(),
                timeout=1800,
            )
        if proc.returncode != 0:
            raise MeasurementError(f"coordinator benchmark failed:\n{proc.stderr[-2000:]}")
        note(proc.stderr.strip()[-1500:])
        values.extend(json.loads(proc.stdout))
    figures = []
    for value in values:
        budget = value["budget"]
        if value["name"] == COORDINATOR_INCREMENTAL:
            # An absolute budget: the baseline is the budget itself, the ratio at most 1.
            figures.append(Figure.of(value["name"], value["ours"], value["baseline"], 1.0, "s"))
        else:
            figures.append(Figure.of(value["name"], value["ours"], value["baseline"], budget, "s"))
    return figures


def measure_inputs() -> list[Figure]:
    """Peak memory of refusing a 2 GB file and of importing a 100,000-row CSV (a child)."""
    script = Path(__file__).resolve().parent / "input_bench.py"
    proc = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, env=child_env(), timeout=900
    )
    if proc.returncode != 0:
        raise MeasurementError(f"input benchmark failed:\n{proc.stderr[-2000:]}")
    values = json.loads(proc.stdout.strip().splitlines()[-1])
    note(
        f"  inputs: refusing 2 GB {values['refuse_2gb_mib']:.1f} MiB extra peak; "
        f"{values['csv_rows']:,} CSV rows {values['csv_mib']:.1f} MiB in {values['csv_s']:.1f} s"
    )
    return [
        Figure.of(REFUSE_2GB, values["refuse_2gb_mib"], REFUSE_2GB_BUDGET_MIB, 1.0, "MiB"),
        Figure.of(CSV_IMPORT_100K, values["csv_mib"], CSV_IMPORT_BUDGET_MIB, 1.0, "MiB"),
    ]


def measure_ui(work_dir: Path) -> list[Figure]:
    """The editor's promises about time: previews off the GUI thread, autosave while typing."""
    script = Path(__file__).resolve().parent / "ui_bench.py"
    proc = subprocess.run(
        [sys.executable, str(script), str(work_dir)],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=300,
    )
    if proc.returncode != 0:
        raise MeasurementError(f"UI benchmark failed:\n{proc.stderr[-2000:]}")
    values = json.loads(proc.stdout.strip().splitlines()[-1])
    note(
        f"  GUI thread: longest tick gap {values['stall_samples']} s while previews render, "
        f"{values['idle_samples']} s idle; one preview drawn on the GUI thread "
        f"{values['preview_s'] * 1000:.1f} ms; autosave while typing after "
        f"{values['autosave_samples']} s"
    )
    return [
        Figure.of(PREVIEW_STALL, values["stall_s"], values["idle_stall_s"], 5.0, "s"),
        Figure.of(AUTOSAVE_TYPING, values["autosave_s"], values["max_wait_s"], 1.3, "s"),
    ]


def measure_review(work_dir: Path) -> list[Figure]:
    """A review request's last file arriving in a local folder until the reviewer's queue
    shows it, through the folder watcher (``review_bench.py``, a child, offscreen)."""
    script = Path(__file__).resolve().parent / "review_bench.py"
    proc = subprocess.run(
        [sys.executable, str(script), str(work_dir)],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=300,
    )
    if proc.returncode != 0:
        raise MeasurementError(f"review benchmark failed:\n{proc.stderr[-2000:]}")
    values = json.loads(proc.stdout.strip().splitlines()[-1])
    note(f"  review request to queue: {values['samples']} s")
    return [Figure.of(REVIEW_TO_QUEUE, values["median_s"], REVIEW_BUDGET_S, 1.0, "s")]


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    selected = [name for name in FIGURES if not args.only or name in args.only]
    figures: list[Figure] = []
    failed = False
    started = time.perf_counter()
    compile_app()
    with tempfile.TemporaryDirectory(prefix="medsos-bench-") as tmp:
        wanted: dict[str, tuple[int, bool]] = {}
        if any(name in STARTUP_FIGURES for name in selected):
            wanted["posts-10k"] = (STARTUP_POSTS, False)
        if FTS_SEARCH in selected:
            wanted["posts-100k"] = (SEARCH_POSTS, True)
        try:
            folders = generate_data(Path(tmp), wanted)
        except MeasurementError as exc:
            note(f"error: {exc}")
            return 1
        if "posts-10k" in folders:
            try:
                figures += measure_startup(folders["posts-10k"], selected, args.runs)
            except MeasurementError as exc:
                note(f"error: {exc}")
                failed = True
        if "posts-100k" in folders:
            try:
                figures.append(measure_search(folders["posts-100k"]))
            except Exception as exc:  # a failing search is a failed measurement, reported
                note(f"error: search over {SEARCH_POSTS:,} posts failed: {exc!r}")
                failed = True
    if any(name in SYNC_FIGURES for name in selected):
        try:
            with tempfile.TemporaryDirectory(prefix="medsos-sync-bench-") as tmp:
                figures += [f for f in measure_sync(Path(tmp)) if f.name in selected]
        except MeasurementError as exc:
            note(f"error: {exc}")
            failed = True
    if any(name in COORDINATOR_FIGURES for name in selected):
        try:
            figures += [f for f in measure_coordinator() if f.name in selected]
        except MeasurementError as exc:
            note(f"error: {exc}")
            failed = True
    if any(name in RENDER_FIGURES for name in selected):
        try:
            figures += [f for f in measure_render() if f.name in selected]
        except MeasurementError as exc:
            note(f"error: {exc}")
            failed = True
    if any(name in INPUT_FIGURES for name in selected):
        try:
            figures += [f for f in measure_inputs() if f.name in selected]
        except MeasurementError as exc:
            note(f"error: {exc}")
            failed = True
    if any(name in UI_FIGURES for name in selected):
        try:
            with tempfile.TemporaryDirectory(prefix="medsos-ui-bench-") as tmp:
                figures += [f for f in measure_ui(Path(tmp)) if f.name in selected]
        except MeasurementError as exc:
            note(f"error: {exc}")
            failed = True
    if REVIEW_TO_QUEUE in selected:
        try:
            with tempfile.TemporaryDirectory(prefix="medsos-review-bench-") as tmp:
                figures += measure_review(Path(tmp))
        except MeasurementError as exc:
            note(f"error: {exc}")
            failed = True
    note(f"benchmark finished in {time.perf_counter() - started:.0f} s")
    if args.json:
        print(json.dumps([f.as_json() for f in figures], indent=2))
    else:
        for figure in figures:
            print(figure.line())
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
