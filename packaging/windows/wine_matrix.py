"""The Windows installer under Wine: compile medsos.iss, then run IT's silent installs.

    python packaging/windows/wine_matrix.py --iscc PATH/ISCC.exe [--keep]

Run by packaging/windows/ci_wine.sh under xvfb-run (Wine's setup needs an X display even
for /VERYSILENT). Everything happens in a private Wine prefix in a temporary folder that
is removed at the end (--keep leaves it for a look). What it does:

1. builds a stand-in payload: the folder layout of the real frozen build
   (dist/medsos-desktop, when packaging/build.py has made it) with stand-in programs,
   since a real Windows payload cannot be built on Linux;
2. compiles the real packaging/windows/medsos.iss with ISCC.exe; any warning or hint of
   the compiler fails, as does a non-zero exit;
3. runs the matrix below, checking exit codes, files, the registry (`wine reg query`),
   site.toml byte for byte (and read by plain tomllib and by the app's own reader), the
   installer's log and the language of Inno Setup's own messages: an install in
   Indonesian carries the texts of packaging/windows/Indonesian.isl (the project's own
   translation of the compiler's Default.isl), one in English those of Default.isl.

Each check prints PASS or FAIL with its name; the exit status is 1 when one failed.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "windows" / "medsos.iss"
INDONESIAN_ISL = ROOT / "packaging" / "windows" / "Indonesian.isl"
APP_NAME = "Medsos Desktop"
APP_ID = "{63A95D98-3CD7-4BDB-830C-DA232FA7D526}"
UNINSTALL_KEY = rf"Software\Microsoft\Windows\CurrentVersion\Uninstall\{APP_ID}_is1"
SILENT = ["/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"]

# IT's parameters, as in packaging/README.md.
CENTRAL = r"\\fileserver\medsos"
REGION = "Kota Sukamaju"
COORDKEY = "8396 855f 0b7e d815 3f2a 9c41"
COORDKEY_64 = "8396855f0b7ed8153f2a9c41" + "0123456789abcdef" * 2 + "89abcdef"
SITE_PARAMS = [
    f"/CENTRAL={CENTRAL}",
    f"/REGION={REGION}",
    f"/COORDKEY={COORDKEY}",
    "/LANG=id",
    "/LOCK=central_folder,language",
]

sys.path.insert(0, str(ROOT))


def project_version() -> str:
    """The version, from its one place (pyproject.toml reads it from there too)."""
    text = (ROOT / "medsos_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.M)
    if match is None:
        raise SystemExit("medsos_desktop/__init__.py has no __version__")
    return match.group(1)


def custom_messages() -> dict[str, str]:
    """The installer's [CustomMessages] as "lang.Name" -> text, to match the logged reasons."""
    messages = {}
    section = ""
    for line in ISS.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            section = line.strip()
        elif section == "[CustomMessages]" and "=" in line and not line.startswith(";"):
            name, _, text = line.partition("=")
            messages[name] = text
    return messages


def format_message(text: str, *args: str) -> str:
    """Inno Setup's FmtMessage: %1, %2, ... replaced by the arguments."""
    return re.sub(r"%(\d)", lambda m: args[int(m.group(1)) - 1], text)


def expected_site_toml(header: str, lines: Iterable[str]) -> bytes:
    """site.toml as the installer writes it: UTF-8 without BOM, CRLF after each line."""
    return "".join(f"{line}\r\n" for line in [header, *lines]).encode("utf-8")


SITE_LINES = [
    f"central_folder = '{CENTRAL}'",
    f"region_name = '{REGION}'",
    f"coordinator_key_fingerprint = '{COORDKEY}'",
    "default_language = 'id'",
    'locked = ["central_folder", "language"]',
]


def header(version: str, all_users: bool) -> str:
    start = (
        f"# Medsos Desktop site configuration, written by its installer {version} from the "
        "command line. "
    )
    if all_users:
        return start + "Users of this computer start with these settings."
    return start + (
        "This Windows account starts with these settings (its MEDSOS_SITE_CONFIG variable "
        "names this file)."
    )


# --- Wine ----------------------------------------------------------------------------------


def _eventually(condition: Callable[[], bool], seconds: float = 30.0) -> bool:
    """Whether `condition` holds within `seconds`: the uninstaller's last step (deleting
    the user's data with /PURGE=1) may still be running under a loaded machine when the
    process watch above has lost sight of it; a step that never happens still fails."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


def _uninstaller_copy_running() -> bool:
    """Inno Setup's uninstaller finishes as a copy of itself in %TEMP% (_iu14D2N.tmp),
    which deletes unins000.exe with the program's files and only then runs the
    post-uninstall step (where /PURGE=1 deletes the user's data): waiting for the file
    alone raced with that step."""
    try:
        found = subprocess.run(["pgrep", "-f", "_iu14D2N"], capture_output=True, check=False)
    except FileNotFoundError:  # no procps: the file's disappearance is all there is to wait for
        return False
    return found.returncode == 0


class Wine:
    """One private Wine prefix, set to Windows 10 (MinVersion=10.0 refuses anything older)."""

    def __init__(self, prefix: Path) -> None:
        self.prefix = prefix
        self.env = {
            **os.environ,
            "WINEPREFIX": str(prefix),
            "WINEARCH": "win64",
            "WINEDEBUG": "-all",
            # No .desktop files in $HOME for the shortcuts; no Mono or Gecko download prompts.
            "WINEDLLOVERRIDES": "winemenubuilder.exe=d;mscoree=d;mshtml=d",
        }
        self.env.pop("MEDSOS_SITE_CONFIG", None)
        self.server: subprocess.Popen[bytes] | None = None

    def run(self, *args: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
        """`wine ARGS` and its exit status (setup.exe waits for the setup it starts).

        Output goes through files, not pipes: Wine's background services, started by the
        first program, would keep a pipe open and the call would never end."""
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            proc = subprocess.run(["wine", *args], env=self.env, stdout=out, stderr=err,
                                  stdin=subprocess.DEVNULL, timeout=timeout)  # fmt: skip
            out.seek(0)
            err.seek(0)
            return subprocess.CompletedProcess(
                proc.args,
                proc.returncode,
                out.read().decode("utf-8", "replace"),
                err.read().decode("utf-8", "replace"),
            )

    def boot(self) -> None:
        for args in (["wineboot", "--init"], ["winecfg", "/v", "win10"]):
            proc = self.run(*args)
            if proc.returncode != 0:
                raise SystemExit(f"wine {' '.join(args)} failed: {proc.stderr}")
        # One wineserver for the whole matrix, instead of one started for every program.
        subprocess.run(["wineserver", "-w"], env=self.env, timeout=120, check=False)
        self.server = subprocess.Popen(["wineserver", "-p"], env=self.env, stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip

    def stop(self) -> None:
        subprocess.run(["wineserver", "-k"], env=self.env, timeout=60, check=False)
        if self.server is not None:
            self.server.wait(timeout=60)

    def folders(self) -> dict[str, str]:
        """The Windows folders of this prefix's user (%LOCALAPPDATA% and the like)."""
        names = ["LOCALAPPDATA", "APPDATA", "ProgramData", "ProgramW6432", "PUBLIC"]
        out = self.run("cmd", "/c", "echo " + ";".join(f"%{n}%" for n in names)).stdout
        values = out.strip().splitlines()[-1].split(";")
        return dict(zip(names, values, strict=True))

    def unix(self, path: str) -> Path:
        """A C:\\ path of the prefix as a path on this machine."""
        windows = PureWindowsPath(path)
        if windows.drive.upper() != "C:":
            raise ValueError(path)
        return self.prefix.joinpath("drive_c", *windows.parts[1:])

    def reg_query(self, key: str, value: str, reg64: bool = False) -> str | None:
        """One value from the registry through `wine reg query`, or None when absent."""
        args = ["reg", "query", key, "/v", value] + (["/reg:64"] if reg64 else [])
        proc = self.run(*args)
        if proc.returncode != 0:
            return None
        for line in proc.stdout.splitlines():
            parts = line.strip().split(None, 2)
            if (
                len(parts) >= 2
                and parts[0].lower() == value.lower()
                and parts[1].startswith("REG_")
            ):
                return parts[2] if len(parts) == 3 else ""
        return None

    def key_exists(self, key: str, reg64: bool = False) -> bool:
        args = ["reg", "query", key] + (["/reg:64"] if reg64 else [])
        return self.run(*args).returncode == 0


def windows_path(path: Path) -> str:
    """This machine's path as Wine's Z: drive sees it."""
    return "Z:" + str(path).replace("/", "\\")


# --- the payload and the compiler ------------------------------------------------------------


def stand_in_program() -> Path:
    """A real 64-bit Windows program with a version resource: one of Wine's own."""
    for candidate in sorted(Path("/usr/lib").glob("*/wine/x86_64-windows/hostname.exe")):
        return candidate
    raise SystemExit("no 64-bit Wine program found to stand in for medsos.exe")


def build_payload(dest: Path) -> int:
    """The frozen folder's layout with stand-ins; returns how many files it has."""
    frozen = ROOT / "dist" / "medsos-desktop"
    dest.mkdir(parents=True)
    program = stand_in_program()
    for name in ("medsos.exe", "medsos-desktop.exe"):
        shutil.copyfile(program, dest / name)
    internal = dest / "_internal"
    if (frozen / "_internal").is_dir():
        for source in sorted((frozen / "_internal").rglob("*")):
            if source.is_file():
                target = internal / source.relative_to(frozen / "_internal")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(f"stand-in for {source.relative_to(frozen)}\n")
    else:
        print(f"note: {frozen} is not built; the payload has a minimal _internal folder")
        (internal / "medsos_desktop").mkdir(parents=True)
        (internal / "base_library.zip").write_text("stand-in\n")
    return sum(1 for p in dest.rglob("*") if p.is_file())


def make_icon(path: Path) -> None:
    """The installer's icon, made from the app's PNG as packaging/medsos.spec does."""
    from PIL import Image

    Image.open(ROOT / "resources" / "icons" / "medsos-desktop.png").save(
        path, sizes=[(16, 16), (32, 32), (48, 48), (256, 256)]
    )


def indonesian_messages() -> Path:
    """The Indonesian messages file kept in the repository: the project's own translation
    of the pinned compiler's Default.isl, which medsos.iss uses when not told otherwise."""
    if not INDONESIAN_ISL.is_file():
        raise SystemExit(f"{INDONESIAN_ISL.relative_to(ROOT)} is missing: medsos.iss needs it")
    return INDONESIAN_ISL


def isl_sections(text: str) -> dict[str, dict[str, str]]:
    """A messages file's sections as "[Section]" -> {name: text}, as the compiler reads
    them (comments and blank lines skipped)."""
    sections: dict[str, dict[str, str]] = {}
    entries: dict[str, str] = {}
    for line in text.removeprefix("\ufeff").splitlines():
        if line.startswith("["):
            entries = sections.setdefault(line.strip(), {})
        elif "=" in line and not line.startswith(";"):
            name, _, value = line.partition("=")
            entries[name.strip()] = value
    return sections


def isl_messages(path: Path) -> dict[str, str]:
    """A messages file's [Messages] as name -> text."""
    return isl_sections(path.read_text(encoding="utf-8-sig")).get("[Messages]", {})


# What a translation must keep of each English message: %1..%9 and %n, the [name]-style
# constants of the wizard, the & of a keyboard accelerator (one, or none).
PLACEHOLDER = re.compile(r"%[1-9n]|\[(?:name|name/ver|gb|mb)\]")


def translation_problems(english: str, translated: str) -> list[str]:
    """What a translated messages file breaks of the English one it translates: a message
    missing or unknown ([Messages] and [CustomMessages]), a placeholder or accelerator
    lost or added, a text left empty, a period added or dropped at the end (Inno Setup
    adds one itself to the messages that end without). Empty when it is a faithful one."""
    problems = []
    source, target = isl_sections(english), isl_sections(translated)
    for section in ("[Messages]", "[CustomMessages]"):
        ours = target.get(section, {})
        theirs = source.get(section, {})
        for name in sorted(set(theirs) - set(ours)):
            problems.append(f"{section} {name}: not translated")
        for name in sorted(set(ours) - set(theirs)):
            problems.append(f"{section} {name}: not a message of this compiler")
        for name in sorted(set(ours) & set(theirs)):
            en, tr = theirs[name], ours[name]
            if sorted(PLACEHOLDER.findall(en)) != sorted(PLACEHOLDER.findall(tr)):
                problems.append(f"{section} {name}: placeholders differ: {en!r} -> {tr!r}")
            if en.count("&") != tr.count("&"):
                problems.append(f"{section} {name}: accelerator (&) differs: {en!r} -> {tr!r}")
            if en and not tr:
                problems.append(f"{section} {name}: empty")
            if en.endswith(".") != tr.endswith("."):
                problems.append(f"{section} {name}: final period differs: {en!r} -> {tr!r}")
    return problems


# Inno Setup's own messages the installed uninstaller carries in the language of the
# install (as UTF-16 text in unins000.exe): long enough not to occur there by chance.
UNINSTALLER_MESSAGES = ("WizardUninstalling", "ConfirmUninstall", "UninstalledAll",
                        "UninstallStatusLabel")  # fmt: skip


# --- the checks ------------------------------------------------------------------------------


@dataclass
class Results:
    passed: int = 0
    failed: list[str] = field(default_factory=list)

    def check(self, name: str, ok: bool, detail: str = "") -> bool:
        if ok:
            self.passed += 1
            print(f"PASS {name}")
        else:
            self.failed.append(name)
            print(f"FAIL {name}" + (f": {detail}" if detail else ""))
        return ok


class Matrix:
    """The silent installs IT staff run, one after the other in the same prefix."""

    def __init__(
        self, wine: Wine, setup: Path, work: Path, version: str, default_isl: Path
    ) -> None:
        self.wine = wine
        self.setup = setup
        self.work = work
        self.version = version
        self.r = Results()
        self.messages = custom_messages()
        self.inno_messages = {
            "id": isl_messages(indonesian_messages()),
            "en": isl_messages(default_isl),
        }
        folders = wine.folders()
        self.local = folders["LOCALAPPDATA"]
        self.user_app = PureWindowsPath(self.local, "Programs", APP_NAME)
        self.common_app = PureWindowsPath(folders["ProgramW6432"], APP_NAME)
        self.common_site = PureWindowsPath(folders["ProgramData"], "MedsosDesktop", "site.toml")
        self.user_data = PureWindowsPath(self.local, "MedsosDesktop")
        self.user_menu = PureWindowsPath(
            folders["APPDATA"], r"Microsoft\Windows\Start Menu\Programs", f"{APP_NAME}.lnk"
        )
        self.common_menu = PureWindowsPath(
            folders["ProgramData"], r"Microsoft\Windows\Start Menu\Programs", f"{APP_NAME}.lnk"
        )
        self.public_desktop = PureWindowsPath(folders["PUBLIC"], "Desktop", f"{APP_NAME}.lnk")
        self.runs = 0

    # helpers

    def path(self, windows: PureWindowsPath | str) -> Path:
        return self.wine.unix(str(windows))

    def install(self, *params: str) -> tuple[int, str]:
        """Run the setup silently; its exit code and its log."""
        self.runs += 1
        log = self.work / f"setup-{self.runs}.log"
        proc = self.wine.run(str(self.setup), *SILENT, f"/LOG={windows_path(log)}", *params)
        text = log.read_text(encoding="utf-8-sig", errors="replace") if log.exists() else ""
        return proc.returncode, text

    def uninstall(self, app: PureWindowsPath, *params: str) -> int:
        """Run the uninstaller silently; its exit code once it has deleted itself (it
        finishes as a copy of itself, which deletes unins000.exe last)."""
        uninstaller = app / "unins000.exe"
        code = self.wine.run(str(uninstaller), *SILENT, *params).returncode
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (
            self.path(uninstaller).exists() or _uninstaller_copy_running()
        ):
            time.sleep(0.2)
        return code

    def env_variable(self) -> str | None:
        return self.wine.reg_query(r"HKCU\Environment", "MEDSOS_SITE_CONFIG")

    def check_site_file(self, name: str, site: Path, expected: bytes) -> None:
        """Byte for byte; then plain tomllib and the app's reader, which must find nothing
        to complain about."""
        from medsos_desktop.services.site_config import load_site_config

        got = site.read_bytes() if site.is_file() else None
        if not self.r.check(f"{name}: site.toml byte for byte", got == expected, f"{got!r}"):
            return
        self.r.check(f"{name}: site.toml has no BOM", not expected.startswith(b"\xef\xbb\xbf"))
        try:
            tomllib.loads(site.read_bytes().decode("utf-8"))
            self.r.check(f"{name}: plain tomllib reads site.toml", True)
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            self.r.check(f"{name}: plain tomllib reads site.toml", False, str(exc))
        config = load_site_config(site)
        self.r.check(
            f"{name}: the app reads site.toml without a problem",
            not config.problems,
            "; ".join(str(p) for p in config.problems),
        )

    def check_installed(self, name: str, app: PureWindowsPath) -> None:
        for file in ("medsos.exe", "medsos-desktop.exe", "unins000.exe", r"_internal"):
            self.r.check(f"{name}: {file} installed", self.path(app / file).exists())

    def check_inno_language(self, name: str, app: PureWindowsPath, lang: str) -> None:
        """Inno Setup's own messages of the install are those of `lang`'s messages file,
        and none of the other language's: the installed uninstaller carries them."""
        uninstaller = self.path(app / "unins000.exe")
        data = uninstaller.read_bytes() if uninstaller.is_file() else b""

        def found(language: str) -> list[str]:
            texts = [self.inno_messages[language][key] for key in UNINSTALLER_MESSAGES]
            return [text for text in texts if text.encode("utf-16-le") in data]

        other = "en" if lang == "id" else "id"
        self.r.check(
            f"{name}: Inno Setup's own messages are in {lang!r}",
            len(found(lang)) == len(UNINSTALLER_MESSAGES) and not found(other),
            f"{lang}: {found(lang)}; {other}: {found(other)}",
        )

    def check_refused(self, name: str, params: list[str], message: str, *args: str) -> None:
        code, log = self.install(*params)
        self.r.check(f"refused {name}: exit 1", code == 1, f"exit {code}")
        reasons = {
            format_message(self.messages[f"{lang}.{message}"], *args) for lang in ("id", "en")
        }
        logged = any(f"Site presets refused: {reason}" in log for reason in reasons)
        self.r.check(f"refused {name}: reason logged", logged, f"expected one of {reasons}")
        self.r.check(
            f"refused {name}: nothing installed",
            not self.path(self.user_app).exists() and not self.path(self.common_app).exists(),
        )

    # the matrix

    def run(self) -> Results:
        self.per_user_with_every_parameter()
        self.update_without_parameters()
        self.per_user_uninstall_keeps_data()
        self.invalid_parameters()
        self.per_user_with_siteconfig()
        self.all_users_after_per_user()
        self.site_file_not_writable()
        self.per_user_uninstall_purge()
        self.all_users_uninstall_purge()
        return self.r

    def per_user_with_every_parameter(self) -> None:
        name = "per-user install, every site parameter"
        code, log = self.install("/CURRENTUSER", *SITE_PARAMS)
        self.r.check(f"{name}: exit 0", code == 0, f"exit {code}\n{log[-2000:]}")
        self.check_installed(name, self.user_app)
        site = self.user_app / "site.toml"
        self.check_site_file(
            name, self.path(site), expected_site_toml(header(self.version, False), SITE_LINES)
        )
        value = self.env_variable()
        self.r.check(f"{name}: HKCU MEDSOS_SITE_CONFIG names it", value == str(site), f"{value!r}")
        self.r.check(
            f"{name}: registered in HKCU",
            self.wine.reg_query(f"HKCU\\{UNINSTALL_KEY}", "DisplayName") is not None,
        )
        self.r.check(
            f"{name}: not registered in HKLM",
            not self.wine.key_exists(f"HKLM\\{UNINSTALL_KEY}", reg64=True),
        )
        self.r.check(f"{name}: Start-menu shortcut", self.path(self.user_menu).is_file())
        self.r.check(f"{name}: no machine-wide site.toml", not self.path(self.common_site).exists())
        self.check_inno_language(f"{name} (/LANG=id)", self.user_app, "id")

    def update_without_parameters(self) -> None:
        name = "update with no parameters"
        site = self.path(self.user_app / "site.toml")
        before = site.read_bytes() if site.is_file() else b""
        stale = self.path(self.user_app / "_internal" / "stale_module.pyd")
        stale.write_text("left by the previous version\n")
        code, log = self.install("/CURRENTUSER")
        self.r.check(f"{name}: exit 0", code == 0, f"exit {code}\n{log[-2000:]}")
        self.r.check(
            f"{name}: site.toml kept as it was", site.is_file() and site.read_bytes() == before
        )
        self.r.check(f"{name}: stale files of _internal removed", not stale.exists())
        value = self.env_variable()
        self.r.check(
            f"{name}: MEDSOS_SITE_CONFIG still set",
            value == str(self.user_app / "site.toml"),
            f"{value!r}",
        )

    def per_user_uninstall_keeps_data(self) -> None:
        name = "per-user uninstall without /PURGE"
        data = self.path(self.user_data / "settings.json")
        data.parent.mkdir(parents=True, exist_ok=True)
        data.write_text("{}")
        code = self.uninstall(self.user_app)
        self.r.check(f"{name}: exit 0", code == 0, f"exit {code}")
        self.r.check(
            f"{name}: program removed", not self.path(self.user_app / "medsos.exe").exists()
        )
        self.r.check(
            f"{name}: site.toml removed", not self.path(self.user_app / "site.toml").exists()
        )
        self.r.check(f"{name}: the user's data kept", data.is_file())
        self.r.check(f"{name}: MEDSOS_SITE_CONFIG removed", self.env_variable() is None)
        self.r.check(f"{name}: unregistered", not self.wine.key_exists(f"HKCU\\{UNINSTALL_KEY}"))
        self.r.check(f"{name}: Start-menu shortcut removed", not self.path(self.user_menu).exists())

    def invalid_parameters(self) -> None:
        existing = self.work / "it-site.toml"
        existing.write_text("region_name = 'Kota Sukamaju'\n")
        missing = windows_path(self.work / "no-such-site.toml")
        hex15 = "0123456789abcde"
        hex65 = "0" + COORDKEY_64
        cases: list[tuple[str, list[str], str, list[str]]] = [
            ("/COORDKEY not hexadecimal", [f"/CENTRAL={CENTRAL}", "/COORDKEY=8396-zz"],
             "BadCoordKey", ["8396-zz"]),
            ("/COORDKEY of 15 digits", [f"/COORDKEY={hex15}"], "BadCoordKey", [hex15]),
            ("/COORDKEY of 65 digits", [f"/COORDKEY={hex65}"], "BadCoordKey", [hex65]),
            ("/LANG unknown", [f"/CENTRAL={CENTRAL}", "/LANG=fr"], "BadLanguage", ["fr"]),
            ("/LOCK unknown", [f"/CENTRAL={CENTRAL}", "/LOCK=colour"], "BadLock", ["colour"]),
            ("/LOCK=central_folder without /CENTRAL", [f"/REGION={REGION}",
             "/LOCK=central_folder"], "LockWithoutValue", ["central_folder", "/CENTRAL"]),
            ("/LOCK=language without /LANG", [f"/CENTRAL={CENTRAL}", "/LOCK=language"],
             "LockWithoutValue", ["language", "/LANG"]),
            ("/REGION with a control character", ["/REGION=Kota\tSukamaju"], "BadText",
             ["REGION"]),
            ("/SITECONFIG missing", [f"/SITECONFIG={missing}"], "SiteFileMissing", [missing]),
            ("/SITECONFIG with /CENTRAL", [f"/SITECONFIG={windows_path(existing)}",
             f"/CENTRAL={CENTRAL}"], "BothSiteOptions", []),
        ]  # fmt: skip
        for case, params, message, args in cases:
            for mode in (
                ("/CURRENTUSER",)
                if case != "/COORDKEY of 65 digits"
                else (
                    "/CURRENTUSER",
                    "/ALLUSERS",
                )
            ):
                self.check_refused(f"{case} ({mode})", [mode, *params], message, *args)

    def per_user_with_siteconfig(self) -> None:
        name = "per-user install with /SITECONFIG"
        # IT's own file, as Notepad may save it: with a BOM and CRLF; copied as it is.
        source = self.work / "it-site.toml"
        source.write_bytes(
            b"\xef\xbb\xbfcentral_folder = 'D:\\medsos-central'\r\ndefault_language = \"en\"\r\n"
        )
        # /LANG=en: the installer in English (it writes nothing more with /SITECONFIG).
        code, log = self.install("/CURRENTUSER", f"/SITECONFIG={windows_path(source)}", "/LANG=en")
        self.r.check(f"{name}: exit 0", code == 0, f"exit {code}\n{log[-2000:]}")
        site = self.user_app / "site.toml"
        got = self.path(site).read_bytes() if self.path(site).is_file() else None
        self.r.check(f"{name}: site.toml is the file, byte for byte", got == source.read_bytes())
        value = self.env_variable()
        self.r.check(f"{name}: HKCU MEDSOS_SITE_CONFIG names it", value == str(site), f"{value!r}")
        self.check_inno_language(f"{name} (/LANG=en)", self.user_app, "en")

    def all_users_after_per_user(self) -> None:
        name = "all-users install after a per-user one, every site parameter"
        params = [
            p if not p.startswith("/COORDKEY=") else f"/COORDKEY={COORDKEY_64}" for p in SITE_PARAMS
        ]
        code, log = self.install("/ALLUSERS", *params, "/MERGETASKS=desktopicon")
        self.r.check(f"{name}: exit 0", code == 0, f"exit {code}\n{log[-2000:]}")
        self.check_installed(name, self.common_app)
        lines = [
            line if not line.startswith("coordinator") else
            f"coordinator_key_fingerprint = '{COORDKEY_64}'"
            for line in SITE_LINES
        ]  # fmt: skip
        self.check_site_file(
            name, self.path(self.common_site), expected_site_toml(header(self.version, True), lines)
        )
        self.r.check(
            f"{name}: registered in HKLM (64-bit view)",
            self.wine.reg_query(f"HKLM\\{UNINSTALL_KEY}", "DisplayName", reg64=True) is not None,
        )
        self.r.check(
            f"{name}: the user's MEDSOS_SITE_CONFIG removed (it would win over site.toml)",
            self.env_variable() is None,
            f"{self.env_variable()!r}",
        )
        self.r.check(
            f"{name}: the removal is logged",
            "Removed this user's MEDSOS_SITE_CONFIG=" in log,
            log[-2000:],
        )
        self.r.check(
            f"{name}: Start-menu shortcut for all users", self.path(self.common_menu).is_file()
        )
        self.r.check(
            f"{name}: desktop shortcut (/MERGETASKS)", self.path(self.public_desktop).is_file()
        )

    def site_file_not_writable(self) -> None:
        name = "site.toml cannot be written"
        site = self.path(self.common_site)
        kept = site.read_bytes()
        site.unlink()
        site.mkdir()  # a folder in its place: the installer cannot write the file
        code, log = self.install("/ALLUSERS", *SITE_PARAMS)
        self.r.check(f"{name}: exit 10", code == 10, f"exit {code}")
        self.r.check(f"{name}: logged", f"Could not write {self.common_site}" in log, log[-1500:])
        self.r.check(f"{name}: the program is installed all the same",
                     self.path(self.common_app / "medsos.exe").is_file())  # fmt: skip
        site.rmdir()
        site.write_bytes(kept)

    def per_user_uninstall_purge(self) -> None:
        name = "per-user uninstall with /PURGE=1"
        data = self.path(self.user_data / "settings.json")
        data.parent.mkdir(parents=True, exist_ok=True)
        data.write_text("{}")
        code = self.uninstall(self.user_app, "/PURGE=1")
        self.r.check(f"{name}: exit 0", code == 0, f"exit {code}")
        self.r.check(
            f"{name}: program removed", not self.path(self.user_app / "medsos.exe").exists()
        )
        user_data = self.path(self.user_data)
        deleted = _eventually(lambda: not user_data.exists())
        self.r.check(f"{name}: the user's data deleted", deleted)
        self.r.check(f"{name}: unregistered", not self.wine.key_exists(f"HKCU\\{UNINSTALL_KEY}"))
        self.r.check(
            f"{name}: the all-users installation untouched",
            self.path(self.common_app / "medsos.exe").is_file()
            and self.path(self.common_site).is_file(),
        )

    def all_users_uninstall_purge(self) -> None:
        name = "all-users uninstall with /PURGE=1"
        data = self.path(self.user_data / "settings.json")
        data.parent.mkdir(parents=True, exist_ok=True)
        data.write_text("{}")
        code = self.uninstall(self.common_app, "/PURGE=1")
        self.r.check(f"{name}: exit 0", code == 0, f"exit {code}")
        self.r.check(
            f"{name}: program removed", not self.path(self.common_app / "medsos.exe").exists()
        )
        self.r.check(f"{name}: site.toml deleted", not self.path(self.common_site).exists())
        user_data = self.path(self.user_data)
        deleted = _eventually(lambda: not user_data.exists())
        self.r.check(f"{name}: the user's data deleted", deleted)
        self.r.check(
            f"{name}: unregistered from HKLM",
            not self.wine.key_exists(f"HKLM\\{UNINSTALL_KEY}", reg64=True),
        )
        self.r.check(f"{name}: shortcuts removed",
                     not self.path(self.common_menu).exists()
                     and not self.path(self.public_desktop).exists())  # fmt: skip


# --- main ------------------------------------------------------------------------------------


def compiler_complaints(output: str) -> list[str]:
    """The warnings and hints in ISCC.exe's output (hints come as "Warning: ... [Hint]")."""
    return [
        line.strip()
        for line in output.splitlines()
        if re.match(r"\s*(Warning|Hint)\b", line, re.IGNORECASE)
    ]


def compile_installer(wine: Wine, iscc: Path, work: Path, version: str) -> tuple[Path, str]:
    """ISCC.exe on the real script; the installer and what the compiler printed."""
    payload = work / "payload" / "medsos-desktop"
    files = build_payload(payload)
    print(f"stand-in payload: {files} files in the frozen build's layout")
    icon = work / "medsos-desktop.ico"
    make_icon(icon)
    out = work / "out"
    proc = wine.run(
        str(iscc),
        f"/O{windows_path(out)}",
        f"/DAppVersion={version}",
        f"/DDistDir={windows_path(payload)}",
        f"/DIconFile={windows_path(icon)}",
        # No /DIndonesianIsl: medsos.iss's own default must name the kept file.
        "/DWineTestDirs",
        windows_path(ISS),
        timeout=600,
    )
    # Every line but the list of files it compressed.
    print("\n".join(line for line in proc.stdout.splitlines() if "Compressing: " not in line))
    if proc.returncode != 0:
        raise SystemExit(f"ISCC.exe failed with exit {proc.returncode}:\n{proc.stderr}")
    setups = list(out.glob("medsos-desktop-*-setup.exe"))
    if len(setups) != 1:
        raise SystemExit(f"ISCC.exe made {setups}, expected one setup.exe")
    return setups[0], proc.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--iscc", type=Path, required=True, help="Inno Setup's ISCC.exe")
    parser.add_argument("--innosetup-version", help="the pinned version ISCC.exe must be")
    parser.add_argument("--keep", action="store_true", help="keep the Wine prefix")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        raise SystemExit("no X display: run this under xvfb-run")
    work = Path(tempfile.mkdtemp(prefix="medsos-wine-"))
    started = time.monotonic()
    results = Results()
    wine = Wine(work / "prefix")
    try:
        wine.boot()
        print(f"Wine prefix ready in {time.monotonic() - started:.0f}s")
        version = project_version()
        t = time.monotonic()
        setup, output = compile_installer(wine, args.iscc, work, version)
        complaints = compiler_complaints(output)
        print(f"compiled {setup.name} in {time.monotonic() - t:.0f}s")
        results.check("the compiler printed no warning or hint", not complaints,
                      "\n  ".join(["", *complaints]))  # fmt: skip
        problems = translation_problems(
            (args.iscc.parent / "Default.isl").read_text(encoding="utf-8-sig"),
            indonesian_messages().read_text(encoding="utf-8-sig"),
        )
        results.check(
            f"{INDONESIAN_ISL.relative_to(ROOT)} translates every message of the compiler's "
            "Default.isl, placeholders and accelerators kept",
            not problems,
            "\n  ".join(["", *problems]),
        )
        kept = windows_path(indonesian_messages())
        results.check(
            f"the compiler read {INDONESIAN_ISL.relative_to(ROOT)}",
            any(
                line.strip().lower() == f"reading file: {kept}".lower()
                for line in output.splitlines()
            ),
            "medsos.iss's IndonesianIsl does not name it",
        )
        if args.innosetup_version:
            engine = re.search(r"Compiler engine version: Inno Setup (\S+)", output)
            results.check(
                f"the compiler is Inno Setup {args.innosetup_version}",
                engine is not None and engine.group(1) == args.innosetup_version,
                engine.group(0) if engine else "no engine version printed",
            )
        t = time.monotonic()
        matrix = Matrix(wine, setup, work, version, args.iscc.parent / "Default.isl")
        matrix.r = results
        matrix.run()
        print(f"matrix: {matrix.runs} setups in {time.monotonic() - t:.0f}s")
    finally:
        wine.stop()
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(f"{results.passed} checks passed, {len(results.failed)} failed "
          f"({time.monotonic() - started:.0f}s)")  # fmt: skip
    for name in results.failed:
        print(f"  FAILED: {name}")
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main())
