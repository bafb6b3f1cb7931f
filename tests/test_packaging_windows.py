"""The Windows installer's pieces that can be checked without Wine (issue 15).

The installer itself is compiled and exercised under Wine by packaging/windows/ci_wine.sh
in .ci/run; these tests keep its rules tied to the app's and the workflow correct, which
no run here can execute.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

from medsos_desktop.services import site_config

ROOT = Path(__file__).resolve().parents[1]
ISS = (ROOT / "packaging" / "windows" / "medsos.iss").read_text(encoding="utf-8")
WORKFLOW = (ROOT / ".github" / "workflows" / "windows-installer.yml").read_text(encoding="utf-8")
CI_WINE = (ROOT / "packaging" / "windows" / "ci_wine.sh").read_text(encoding="utf-8")


def load_matrix() -> ModuleType:
    path = ROOT / "packaging" / "windows" / "wine_matrix.py"
    spec = importlib.util.spec_from_file_location("wine_matrix", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["wine_matrix"] = module
    spec.loader.exec_module(module)
    return module


matrix = load_matrix()

# ISCC.exe 6.4.1's own output for a messages file newer than the compiler and for FileCopy.
ISCC_OUTPUT = """\
Compiler engine version: Inno Setup 6.4.1

   Compressing: Z:\\tmp\\payload\\medsos-desktop\\_internal\\Warning.txt
   Updating manifest (SETUP.EXE)

Warning: Message name "NoSuchMessage" in "Z:\\tmp\\id.isl" is not recognized by this \
version of Inno Setup. Ignoring.
Warning: Line 364, Column 11: [Hint] Support function "FileCopy" has been renamed. Use \
"CopyFile" instead.

Successful compile (1.361 sec). Resulting Setup program filename is:
"""


def test_compiler_warnings_and_hints_are_found_and_file_names_are_not() -> None:
    complaints = matrix.compiler_complaints(ISCC_OUTPUT)
    assert len(complaints) == 2
    assert complaints[0].startswith('Warning: Message name "NoSuchMessage"')
    assert "[Hint]" in complaints[1]


def test_installer_fingerprint_limits_are_the_apps() -> None:
    minimum = re.search(r"MinFingerprintDigits = (\d+);", ISS)
    maximum = re.search(r"MaxFingerprintDigits = (\d+);", ISS)
    assert minimum and maximum
    assert int(minimum.group(1)) == site_config.MIN_FINGERPRINT_DIGITS
    assert int(maximum.group(1)) == site_config.MAX_FINGERPRINT_DIGITS
    messages = matrix.custom_messages()
    for lang in ("id", "en"):
        assert "16" in messages[f"{lang}.BadCoordKey"]
        assert "64" in messages[f"{lang}.BadCoordKey"]


def test_installer_writes_without_bom_and_uses_copyfile() -> None:
    assert "SaveStringsToUTF8FileWithoutBOM(" in ISS
    assert "SaveStringsToUTF8File(" not in ISS
    assert "CopyFile(" in ISS
    assert "FileCopy(" not in ISS


def test_expected_site_toml_is_read_by_tomllib_and_the_app(tmp_path: Path) -> None:
    for all_users in (True, False):
        data = matrix.expected_site_toml(matrix.header("0.1.0", all_users), matrix.SITE_LINES)
        assert not data.startswith(b"\xef\xbb\xbf")
        table = tomllib.loads(data.decode("utf-8"))
        assert table["central_folder"] == matrix.CENTRAL
        site = tmp_path / "site.toml"
        site.write_bytes(data)
        config = site_config.load_site_config(site)
        assert config.problems == ()
        assert config.central_folder == matrix.CENTRAL
        assert config.coordinator_key_fingerprint == matrix.COORDKEY.replace(" ", "")
        assert config.locked == {"central_folder", "language"}
    assert "This Windows account" in matrix.header("0.1.0", False)
    assert "Users of this computer" in matrix.header("0.1.0", True)


def test_matrix_keys_are_at_the_apps_limits() -> None:
    assert site_config.normalise_fingerprint(matrix.COORDKEY_64) is not None
    assert len(matrix.COORDKEY_64) == site_config.MAX_FINGERPRINT_DIGITS
    assert site_config.normalise_fingerprint("0" + matrix.COORDKEY_64) is None


def test_workflow_pins_the_compiler_of_the_wine_step() -> None:
    pinned = re.search(r'INNOSETUP_VERSION: "([\d.]+)"', WORKFLOW)
    in_ci = re.search(r"^INNOSETUP_VERSION=([\d.]+)$", CI_WINE, re.MULTILINE)
    assert pinned and in_ci and pinned.group(1) == in_ci.group(1)
    assert "choco install innosetup --version $env:INNOSETUP_VERSION" in WORKFLOW
    assert "Compiler engine version: Inno Setup" in WORKFLOW


def test_workflow_compiles_with_the_kept_indonesian_messages_and_downloads_none() -> None:
    assert '$indonesian = "$PWD\\packaging\\windows\\Indonesian.isl"' in WORKFLOW
    assert '"/DIndonesianIsl=$indonesian"' in WORKFLOW
    assert "Invoke-WebRequest" not in WORKFLOW
    assert "Indonesian.isl" not in WORKFLOW.split("$indonesian =")[0]
    # Without /DIndonesianIsl (the Wine step, a developer) the script finds it itself.
    assert '#define IndonesianIsl AddBackslash(SourcePath) + "Indonesian.isl"' in ISS


def test_kept_indonesian_messages_file_is_ours_and_read_as_unicode() -> None:
    data = (ROOT / "packaging" / "windows" / "Indonesian.isl").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Inno Setup 6 reads Unicode
    text = data.decode("utf-8-sig")
    assert "Medsos Desktop's own translation" in text.split("[LangOptions]")[0]
    sections = matrix.isl_sections(text)
    assert sections["[LangOptions]"] == {
        "LanguageName": "Bahasa Indonesia",
        "LanguageID": "$0421",
        "LanguageCodePage": "0",
    }
    messages = sections["[Messages]"]
    assert messages["ButtonNext"] == "&Berikutnya >"
    assert messages["ButtonBack"] == "< &Kembali"
    assert messages["ButtonInstall"] == "&Pasang"
    assert messages["ButtonCancel"] == "Batal"
    assert messages["ButtonFinish"] == "&Selesai"
    # One word for "install" throughout: pasang, never instal.
    texts = [*messages.values(), *sections["[CustomMessages]"].values()]
    assert not [t for t in texts if re.search(r"\binstal", t, re.IGNORECASE)]


def test_translation_problems_finds_what_a_translation_breaks() -> None:
    english = """\ufeff[LangOptions]
LanguageName=English
[Messages]
; *** Buttons
ButtonNext=&Next >
WelcomeLabel2=This will install [name/ver] on your computer.%n%nClose other programs.
ErrorCreatingDir=Setup was unable to create the directory "%1"
[CustomMessages]
LaunchProgram=Launch %1
"""
    faithful = """[LangOptions]
LanguageName=Bahasa Indonesia
[Messages]
ButtonNext=&Berikutnya >
WelcomeLabel2=Program ini akan memasang [name/ver] di komputer Anda.%n%nTutup program lain.
ErrorCreatingDir=Program Pemasangan tidak dapat membuat folder "%1"
[CustomMessages]
LaunchProgram=Jalankan %1
"""
    assert matrix.translation_problems(english, faithful) == []
    broken = """[Messages]
ButtonNext=Berikutnya >
WelcomeLabel2=Program ini akan memasang [name] di komputer Anda.%n%nTutup program lain.
ErrorCreatingDir=Tidak dapat membuat folder "%1".
NoSuchMessage=Tidak ada
"""
    problems = matrix.translation_problems(english, broken)
    assert [p.split(":")[0] for p in problems] == [
        "[Messages] NoSuchMessage",
        "[Messages] ButtonNext",
        "[Messages] ErrorCreatingDir",
        "[Messages] WelcomeLabel2",
        "[CustomMessages] LaunchProgram",
    ]
    assert "accelerator" in problems[1]
    assert "final period" in problems[2]
    assert "placeholders" in problems[3]
    assert "not translated" in problems[4]


def test_workflow_finds_inno_setup_6_and_7_and_shows_every_warning() -> None:
    assert "foreach ($major in 6, 7)" in WORKFLOW
    assert "Inno Setup $major\\ISCC.exe" in WORKFLOW
    assert "/Qp" not in WORKFLOW.replace("without /Qp", "").replace("Without /Qp", "")
    assert "(Warning|Hint)" in WORKFLOW


def test_workflow_runs_the_tests_and_the_frozen_self_test_on_windows() -> None:
    assert "QT_QPA_PLATFORM: offscreen" in WORKFLOW
    assert "python -m pytest -q" in WORKFLOW
    assert "medsos.exe self-test" in WORKFLOW


def run_ci_wine(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    script = ROOT / "packaging" / "windows" / "ci_wine.sh"
    base = {k: v for k, v in os.environ.items() if k not in ("CI", "MEDSOS_SKIP_WINE")}
    return subprocess.run(
        ["bash", str(script)], env={**base, **env}, capture_output=True, text=True, timeout=60
    )


def test_wine_step_is_skipped_only_on_purpose_and_never_in_ci() -> None:
    skipped = run_ci_wine({"MEDSOS_SKIP_WINE": "1"})
    assert skipped.returncode == 0
    assert "NOT compiled or tested under Wine" in skipped.stderr
    in_ci = run_ci_wine({"MEDSOS_SKIP_WINE": "1", "CI": "true"})
    assert in_ci.returncode == 1
    assert "not CI" in in_ci.stderr


def test_wine_step_fails_loudly_when_apt_cannot_install(tmp_path: Path) -> None:
    # A machine where nothing is installed and apt-get fails: dpkg and apt-get stand-ins
    # first on PATH (the real ones are not run).
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, body in (
        ("dpkg", 'case "$1" in --print-foreign-architectures) echo i386;; *) exit 1;; esac'),
        ("apt-get", "echo 'E: could not reach the archive' >&2; exit 100"),
        ("sudo", '"$@"'),
    ):
        tool = bin_dir / name
        tool.write_text(f"#!/bin/sh\n{body}\n")
        tool.chmod(0o755)
    failed = run_ci_wine({"PATH": f"{bin_dir}:{os.environ['PATH']}", "CI": "true"})
    assert failed.returncode == 1
    assert "apt-get update failed" in failed.stderr
    assert "MEDSOS_SKIP_WINE=1" in failed.stderr  # tells a developer how to skip it


def test_packaging_ci_runs_the_wine_step() -> None:
    ci = (ROOT / "packaging" / "ci.sh").read_text(encoding="utf-8")
    assert "bash packaging/windows/ci_wine.sh" in ci
