#!/usr/bin/env python3
"""Build Medsos Desktop as a frozen folder (PyInstaller), smoke-test it, and package it.

    .venv/bin/python packaging/build.py              dist/medsos-desktop/, smoke-tested
    .venv/bin/python packaging/build.py --deb        ... and dist/medsos-desktop_<ver>_<arch>.deb
    .venv/bin/python packaging/build.py --skip-build --deb   package the folder built before
    .venv/bin/python packaging/build.py --smoke-test DIR     only smoke-test the programs in
                                                     DIR (/usr/bin after installing the .deb)

Run it with the project's virtual environment: PyInstaller freezes the Python that runs
it, with the packages installed there. PyInstaller itself is pinned in requirements.lock
(the `build` extra); when it is missing or at another version, the pinned build tools are
installed from the lock (with their hashes, nothing else is touched).

The smoke test runs the frozen programs in throw-away folders and fails when a program
exits with an unexpected status, prints something other than what it should, writes
anything to stderr, or shows a traceback. The only stderr line accepted is, for the
windowed program only, Qt's offscreen platform plugin saying "This plugin does not support
propagateSizeHints()" once per top-level window: the checks run without a display, and the
test suite lets the same line through (pyproject.toml, qt_log_ignore). A Python warning,
a Qt warning about a missing plugin or library, a fontconfig complaint or a traceback all
fail the build.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "medsos.spec"
LOCK = ROOT / "requirements.lock"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
APP_DIR = DIST / "medsos-desktop"
IS_WINDOWS = sys.platform == "win32"
EXE = ".exe" if IS_WINDOWS else ""

# See the module docstring: what the windowed program may print on stderr, line by line.
ALLOWED_GUI_STDERR = [re.compile(r"This plugin does not support propagateSizeHints\(\)")]


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


def project_version() -> str:
    text = (ROOT / "medsos_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.M)
    if not match:
        raise SystemExit("medsos_desktop/__init__.py has no __version__")
    return match.group(1)


# --- PyInstaller, pinned in the lock file -----------------------------------------------------


def lock_blocks() -> dict[str, tuple[str, str, set[str]]]:
    """name -> (version, the block of the lock file with its hashes, the names it is there for)."""
    blocks: dict[str, tuple[str, str, set[str]]] = {}
    current: list[str] = []

    def flush() -> None:
        if not current:
            return
        head = re.match(r"([A-Za-z0-9._-]+)==([^\s;\\]+)", current[0])
        if head:
            via: set[str] = set()
            in_via = False
            for line in current[1:]:
                comment = line.strip()
                if comment.startswith("# via"):
                    rest = comment[len("# via") :].strip()
                    in_via = not rest
                    if rest:
                        via.add(rest.split()[0].lower())
                elif in_via and comment.startswith("#   "):
                    via.add(comment[1:].split()[0].lower())
                else:
                    in_via = False
            text = "".join(line for line in current if not line.lstrip().startswith("#"))
            blocks[head.group(1).lower()] = (head.group(2), text, via)

    for line in LOCK.read_text(encoding="utf-8").splitlines(keepends=True):
        if line.strip() and not line[0].isspace() and not line.startswith("#"):
            flush()
            current = [line]
        elif current:
            current.append(line)
    flush()
    return blocks


def build_requirements() -> dict[str, tuple[str, str, set[str]]]:
    """PyInstaller and everything the lock file has because of it."""
    blocks = lock_blocks()
    if "pyinstaller" not in blocks:
        raise SystemExit("requirements.lock pins no pyinstaller: regenerate it with --extra build")
    needed = {"pyinstaller"}
    grew = True
    while grew:
        grew = False
        for name, (_, _, via) in blocks.items():
            if name not in needed and via & needed:
                needed.add(name)
                grew = True
    return {name: blocks[name] for name in sorted(needed)}


def _installed_version(name: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return None


def _marker_applies(block: str) -> bool:
    first = block.splitlines()[0]
    if ";" not in first:
        return True
    marker = first.split(";", 1)[1].rstrip(" \\")
    try:
        from packaging.markers import Marker
    except ImportError:  # pip installs it anyway; without it, assume the marker holds
        return True
    return Marker(marker).evaluate()


def ensure_pyinstaller() -> None:
    wanted = build_requirements()
    wrong = []
    for name, (pinned, block, _) in wanted.items():
        if not _marker_applies(block):
            continue
        installed = _installed_version(name)
        if installed is None or _canonical_version(installed) != _canonical_version(pinned):
            wrong.append(f"{name} {installed or 'missing'} (lock: {pinned})")
    if not wrong:
        return
    log("installing the pinned build tools: " + ", ".join(wrong))
    with tempfile.TemporaryDirectory(prefix="medsos-build-req-") as tmp:
        req = Path(tmp) / "build-requirements.txt"
        req.write_text("".join(block for _, block, _ in wanted.values()), encoding="utf-8")
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "install",
                "-q",
                "--require-hashes",
                "--no-deps",
                "-r",
                str(req),
            ],
            check=True,
        )


def _canonical_version(text: str) -> str:
    return re.sub(r"(\.0)+$", "", text.strip().lower())


def run_pyinstaller() -> None:
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--workpath",
        str(BUILD),
        "--distpath",
        str(DIST),
        str(SPEC),
    ]
    log("$ " + " ".join(cmd))
    subprocess.run(cmd, cwd=ROOT, check=True)


# --- smoke test --------------------------------------------------------------------------------


@dataclass
class Outcome:
    returncode: int
    stdout: str
    stderr: str


class SmokeTest:
    def __init__(self, folder: Path, version: str) -> None:
        self.folder = folder
        self.version = version
        self.failures: list[str] = []
        self.tmp = Path(tempfile.mkdtemp(prefix="medsos-smoke-"))

    def program(self, name: str) -> Path:
        return self.folder / (name + EXE)

    def env(self, gui: bool, x11: bool = False) -> dict[str, str]:
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("MEDSOS_", "QT_", "PYTHON"))
        }
        if not IS_WINDOWS:
            # Keep the run to itself: Qt wants a private runtime folder, and nothing should
            # be read from or written to the build user's configuration.
            for var, sub in [
                ("XDG_RUNTIME_DIR", "run"),
                ("XDG_CONFIG_HOME", "config"),
                ("XDG_CACHE_HOME", "cache"),
                ("XDG_DATA_HOME", "share"),
            ]:
                path = self.tmp / "xdg" / sub
                path.mkdir(parents=True, exist_ok=True, mode=0o700)
                env[var] = str(path)
        if gui:
            env["QT_QPA_PLATFORM"] = "xcb" if x11 else "offscreen"
        return env

    def run(
        self,
        name: str,
        program: str,
        args: list[str],
        *,
        returncode: int = 0,
        stdin: bytes | None = None,
        check: Callable[[str], str | None] | None = None,
        x11: bool = False,
    ) -> Outcome | None:
        gui = program == "medsos-desktop"
        cmd = [str(self.program(program)), *args]
        shown = " ".join([program, *args])
        if x11:
            # A virtual X server: Qt's real xcb platform plugin and the system libraries it
            # loads (xvfb-run sends the X server's own messages to /dev/null).
            cmd = ["xvfb-run", "--auto-servernum", "--server-args=-screen 0 1280x800x24", *cmd]
            shown = "xvfb-run " + shown
        started = time.perf_counter()
        try:
            proc = subprocess.run(
                cmd,
                input=stdin if stdin is not None else b"",
                capture_output=True,
                env=self.env(gui, x11),
                timeout=300,
                cwd=self.tmp,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            self.fail(name, shown, f"could not run: {exc}")
            return None
        out = Outcome(
            proc.returncode,
            proc.stdout.decode("utf-8", "replace"),
            proc.stderr.decode("utf-8", "replace"),
        )
        problems = []
        if out.returncode != returncode:
            problems.append(f"exit status {out.returncode}, expected {returncode}")
        unexpected = [
            line
            for line in out.stderr.splitlines()
            if line.strip()
            and not (gui and not x11 and any(p.fullmatch(line.strip()) for p in ALLOWED_GUI_STDERR))
        ]
        if unexpected:
            problems.append("unexpected stderr:\n      " + "\n      ".join(unexpected[:40]))
        if "Traceback (most recent call last)" in out.stdout:
            problems.append("traceback on stdout")
        if check is not None and not problems:
            try:
                detail = check(out.stdout)
            except Exception as exc:  # a check that cannot parse the output is a failure
                detail = f"{type(exc).__name__}: {exc}"
            if detail:
                problems.append(detail)
        seconds = time.perf_counter() - started
        if problems:
            self.fail(name, shown, "; ".join(problems), out)
        else:
            first = out.stdout.strip().splitlines()[-1:] or [""]
            print(f"  ok    {name:<34} {seconds:5.1f}s  $ {shown}\n        -> {first[0][:100]}")
        return out

    def fail(self, name: str, shown: str, why: str, out: Outcome | None = None) -> None:
        self.failures.append(f"{name}: {why}")
        print(f"  FAIL  {name}  $ {shown}\n        {why}")
        if out is not None:
            print("        --- stdout ---\n" + _indent(out.stdout[-3000:]))
            print("        --- stderr ---\n" + _indent(out.stderr[-3000:]))

    def all(self) -> list[str]:
        v = self.version
        data = self.tmp / "data"

        self.run(
            "cli: --version",
            "medsos",
            ["--version"],
            check=lambda s: None if s.strip() == f"medsos {v}" else f"printed {s!r}",
        )

        def self_test_text(stdout: str) -> str | None:
            lines = stdout.strip().splitlines()
            if not lines or lines[-1] != f"medsos {v}: OK":
                return f"last line {lines[-1:]!r}, expected 'medsos {v}: OK'"
            bad = [line for line in lines[:-1] if not line.startswith("ok ")]
            return f"steps not ok: {bad}" if bad else None

        self.run(
            "cli: self-test", "medsos", ["self-test", "--data-dir", str(data)], check=self_test_text
        )

        def self_test_json(stdout: str) -> str | None:
            result = json.loads(stdout)
            if result.get("ok") is not True or result.get("version") != v:
                return f"self-test --json said {result!r}"
            return None

        self.run(
            "cli: self-test --json",
            "medsos",
            ["self-test", "--json", "--data-dir", str(data)],
            check=self_test_json,
        )

        # X's counting (twitter_text and the emoji list it reads from a data file) and
        # UTF-8 output of non-ASCII text: 337 weighted characters, over X's 280.
        caption = ("Informasi layanan publik 😀 " * 12 + "https://example.go.id").encode()

        def caption_findings(stdout: str) -> str | None:
            findings = json.loads(stdout)
            if not any(f.get("severity") == "error" for f in findings):
                return f"no error finding for a caption over X's limit: {findings!r}"
            return None

        self.run(
            "cli: check-caption (X, emoji)",
            "medsos",
            ["check-caption", "--platform", "x", "--json", "--data-dir", str(data)],
            stdin=caption,
            returncode=1,
            check=caption_findings,
        )

        templates: list[str] = []

        def template_list(stdout: str) -> str | None:
            templates.extend(t["key"] for t in json.loads(stdout))
            return None if templates else "no infographic templates"

        self.run(
            "cli: templates list",
            "medsos",
            ["templates", "list", "--kind", "infographic", "--json", "--data-dir", str(data)],
            check=template_list,
        )
        if templates:
            png = self.tmp / "render.png"
            # Bundled fonts, templates and Pillow.
            self.run(
                "cli: render",
                "medsos",
                [
                    "render",
                    templates[0],
                    "--set",
                    "title=Uji coba Rp1.500",
                    "--out",
                    str(png),
                    "--data-dir",
                    str(data),
                ],
                check=lambda _: None if _is_png(png) else f"{png} is not a PNG image",
            )

        heic = _sample_heic(self.tmp / "sample.heic")
        if heic is not None:
            # pillow-heif and its bundled libheif: phones' photos.
            self.run(
                "cli: import-image (HEIC)",
                "medsos",
                ["import-image", str(heic), "--data-dir", str(data)],
            )
        else:
            print("  skip  cli: import-image (HEIC): no HEIC encoder in this Python")

        if not IS_WINDOWS:
            # A windowed program on Windows has no console to print its version on.
            self.run(
                "gui: --version",
                "medsos-desktop",
                ["--version"],
                check=lambda s: None if s.strip() == f"Medsos Desktop {v}" else f"printed {s!r}",
            )

        def ready(stdout: str) -> str | None:
            if IS_WINDOWS and not stdout.strip():
                return None  # windowed: stdout may not reach us; the exit status says enough
            return None if re.search(r"^ready \d", stdout, re.M) else f"printed {stdout!r}"

        gui_data = self.tmp / "gui-data"
        self.run(
            "gui: first paint",
            "medsos-desktop",
            ["--benchmark-exit", "paint", "--data-dir", str(gui_data)],
            check=ready,
        )
        # Opens (creates, migrates, fills with the demo) the data folder in the GUI program.
        self.run(
            "gui: posts loaded",
            "medsos-desktop",
            ["--benchmark-exit", "loaded", "--data-dir", str(gui_data)],
            check=ready,
        )
        if not IS_WINDOWS and shutil.which("xvfb-run") and shutil.which("xauth"):
            self.run(
                "gui: posts loaded on X11 (Xvfb)",
                "medsos-desktop",
                ["--benchmark-exit", "loaded", "--data-dir", str(gui_data)],
                check=ready,
                x11=True,
            )
        elif not IS_WINDOWS:
            print("  skip  gui on X11: no xvfb-run (apt-get install xvfb xauth)")
        shutil.rmtree(self.tmp, ignore_errors=True)
        return self.failures


def _indent(text: str) -> str:
    return "\n".join("        " + line for line in text.rstrip().splitlines())


def _is_png(path: Path) -> bool:
    try:
        return path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    except OSError:
        return False


def _sample_heic(path: Path) -> Path | None:
    try:
        import pillow_heif
        from PIL import Image

        pillow_heif.register_heif_opener()
        Image.new("RGB", (64, 48), (200, 30, 60)).save(path, format="HEIF")
        return path
    except Exception:
        return None


def smoke_test(folder: Path, version: str) -> bool:
    log(f"smoke test of {folder}")
    failures = SmokeTest(folder, version).all()
    if failures:
        log(f"smoke test FAILED ({len(failures)}):")
        for failure in failures:
            print("  - " + failure.splitlines()[0])
        return False
    log("smoke test passed")
    return True


# --- size -------------------------------------------------------------------------------------


def tree_size(path: Path) -> int:
    total = 0
    for dirpath, _, files in os.walk(path):
        for name in files:
            st = os.lstat(os.path.join(dirpath, name))
            if not os.path.islink(os.path.join(dirpath, name)):
                total += st.st_size
    return total


def report_size(folder: Path) -> None:
    count = sum(len(files) for _, _, files in os.walk(folder))
    log(f"{folder.relative_to(ROOT)}: {tree_size(folder) / 1e6:.1f} MB in {count} files")
    parts = []
    for child in [*folder.iterdir(), *(folder / "_internal").iterdir()]:
        if child.name == "_internal":
            continue
        size = tree_size(child) if child.is_dir() else child.lstat().st_size
        parts.append((size, child.relative_to(folder)))
    for size, rel in sorted(parts, reverse=True)[:10]:
        print(f"  {size / 1e6:7.1f} MB  {rel}")


# --- Debian package -----------------------------------------------------------------------------


def _is_elf(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(4) == b"\x7fELF"


def shlib_depends(work: Path, pkg: Path) -> str:
    """The Depends of every ELF file in the package, from dpkg-shlibdeps (standard Debian tool)."""
    elves = sorted(p for p in pkg.rglob("*") if p.is_file() and not p.is_symlink() and _is_elf(p))
    private = sorted({str(p.parent.relative_to(work)) for p in elves})
    cmd = [
        "dpkg-shlibdeps",
        "-O",
        *(f"-l{d}" for d in private),
        *(f"-e{p.relative_to(work)}" for p in elves),
    ]
    proc = subprocess.run(cmd, cwd=work, capture_output=True, text=True)
    if proc.returncode != 0:
        # Its warnings (libraries linked but unused, $ORIGIN in bundled rpaths) are noise
        # here; its errors are not.
        errors = [line for line in proc.stderr.splitlines() if "warning:" not in line]
        raise SystemExit("dpkg-shlibdeps failed:\n" + "\n".join(errors))
    match = re.search(r"^shlibs:Depends=(.*)$", proc.stdout, re.M)
    if not match:
        raise SystemExit(f"dpkg-shlibdeps printed no dependencies: {proc.stdout!r}")
    return match.group(1).strip()


def _normalise_permissions(root: Path) -> None:
    for dirpath, dirs, files in os.walk(root):
        for d in dirs:
            path = os.path.join(dirpath, d)
            if not os.path.islink(path):
                os.chmod(path, 0o755)
        for name in files:
            path = os.path.join(dirpath, name)
            if os.path.islink(path):
                continue
            executable = os.stat(path).st_mode & 0o111
            os.chmod(path, 0o755 if executable else 0o644)


def build_deb(version: str) -> Path:
    for tool in ("dpkg-deb", "dpkg-shlibdeps", "dpkg"):
        if shutil.which(tool) is None:
            raise SystemExit(f"--deb needs {tool} (apt-get install dpkg-dev)")
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    linux = PACKAGING / "linux"
    work = BUILD / "deb"
    shutil.rmtree(work, ignore_errors=True)
    pkg = work / "debian" / "medsos-desktop"
    (work / "debian").mkdir(parents=True)
    # dpkg-shlibdeps reads the package names from a source control file.
    (work / "debian" / "control").write_text(
        "Source: medsos-desktop\n\nPackage: medsos-desktop\nArchitecture: any\n",
        encoding="utf-8",
    )
    shutil.copytree(APP_DIR, pkg / "opt" / "medsos-desktop", symlinks=True)
    (pkg / "usr" / "bin").mkdir(parents=True)
    for program in ("medsos", "medsos-desktop"):
        os.symlink(f"/opt/medsos-desktop/{program}", pkg / "usr" / "bin" / program)
    places = {
        linux / "medsos-desktop.desktop": pkg / "usr/share/applications/medsos-desktop.desktop",
        ROOT / "resources/icons/medsos-desktop.png": pkg
        / "usr/share/icons/hicolor/256x256/apps/medsos-desktop.png",
        linux / "copyright": pkg / "usr/share/doc/medsos-desktop/copyright",
        linux / "postinst": pkg / "DEBIAN/postinst",
        linux / "postrm": pkg / "DEBIAN/postrm",
    }
    for source, target in places.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    _normalise_permissions(pkg)
    for script in ("postinst", "postrm"):
        os.chmod(pkg / "DEBIAN" / script, 0o755)

    log("computing Depends with dpkg-shlibdeps")
    depends = shlib_depends(work, pkg)
    installed_kib = sum(
        math.ceil(p.lstat().st_size / 1024)
        for p in pkg.rglob("*")
        if p.is_file() and "DEBIAN" not in p.relative_to(pkg).parts
    )
    control = (linux / "control.in").read_text(encoding="utf-8")
    for key, value in {
        "VERSION": version,
        "ARCH": arch,
        "DEPENDS": depends,
        "INSTALLED_SIZE": str(installed_kib),
    }.items():
        control = control.replace(f"@{key}@", value)
    (pkg / "DEBIAN" / "control").write_text(control, encoding="utf-8")
    os.chmod(pkg / "DEBIAN" / "control", 0o644)

    for old in DIST.glob("medsos-desktop_*.deb"):
        old.unlink()
    out = DIST / f"medsos-desktop_{version}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "--build", str(pkg), str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    log(
        f"{out.relative_to(ROOT)}: {out.stat().st_size / 1e6:.1f} MB, "
        f"installed {installed_kib / 1024:.0f} MiB"
    )
    print("  Depends: " + depends)

    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(linux / "medsos-desktop.desktop")], check=True)
    if shutil.which("lintian"):
        # Informational: a PyInstaller build in /opt trips several Debian-archive rules
        # (embedded libraries, files in /opt, no changelog) that do not apply to it.
        proc = subprocess.run(
            ["lintian", "--no-tag-display-limit", str(out)], capture_output=True, text=True
        )
        print("  lintian (informational):\n" + _indent(proc.stdout + proc.stderr))
    return out


# --- main ---------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--deb", action="store_true", help="also build the Debian package")
    parser.add_argument(
        "--skip-build", action="store_true", help="use the dist/medsos-desktop already built"
    )
    parser.add_argument(
        "--smoke-test",
        metavar="DIR",
        type=Path,
        help="only smoke-test the medsos and medsos-desktop programs in DIR",
    )
    args = parser.parse_args(argv)
    version = project_version()
    os.chdir(ROOT)
    # PyInstaller and Qt print to both streams; keep ours in order with theirs.
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(line_buffering=True)

    if args.smoke_test:
        return 0 if smoke_test(args.smoke_test, version) else 1

    timings = []
    if not args.skip_build:
        started = time.perf_counter()
        ensure_pyinstaller()
        run_pyinstaller()
        timings.append(("PyInstaller", time.perf_counter() - started))
    if not (APP_DIR / ("medsos" + EXE)).exists():
        raise SystemExit(f"{APP_DIR} has no medsos{EXE}: build it first")
    report_size(APP_DIR)

    started = time.perf_counter()
    ok = smoke_test(APP_DIR, version)
    timings.append(("smoke test", time.perf_counter() - started))
    if not ok:
        return 1
    if args.deb:
        started = time.perf_counter()
        build_deb(version)
        timings.append((".deb", time.perf_counter() - started))
    log("took " + ", ".join(f"{name} {seconds:.0f}s" for name, seconds in timings))
    return 0


if __name__ == "__main__":
    sys.exit(main())
