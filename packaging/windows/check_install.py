"""Check an installation made by the Windows installer (used by windows-installer.yml).

    python packaging/windows/check_install.py --app-dir DIR [--site-file FILE]
        [--expect KEY=VALUE ...] [--user-env]
    python packaging/windows/check_install.py --absent PATH [PATH ...] [--present PATH ...]

With --app-dir: DIR\\medsos.exe prints its version and passes `self-test` in a throw-away
data folder with exit status 0 and nothing on stderr. The app reads the site
configuration at start-up and reports every problem it finds in it on stderr, so a
site.toml the app cannot use fails here too. With --site-file, the file is read with
tomllib and each --expect KEY=VALUE must match (`locked` as a comma-separated list).
With --user-env, the current user's MEDSOS_SITE_CONFIG (HKCU\\Environment) must name the
site file, and the self-test runs with it, as a program started from the Start menu would.

With --absent / --present: after an uninstall, these paths must be gone / still there.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path


def user_environment(name: str) -> str | None:
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, "Environment") as key:
            return str(winreg.QueryValueEx(key, name)[0])
    except FileNotFoundError:
        return None


def check_app(
    app_dir: Path, site_file: Path | None, expect: list[str], user_env: bool
) -> list[str]:
    problems = []
    exe = app_dir / "medsos.exe"
    if not exe.is_file():
        return [f"{exe} is not installed"]
    for name in ("medsos-desktop.exe", "unins000.exe"):
        if not (app_dir / name).is_file():
            problems.append(f"{app_dir / name} is missing")

    env = {k: v for k, v in os.environ.items() if not k.startswith("MEDSOS_")}
    if user_env:
        value = user_environment("MEDSOS_SITE_CONFIG")
        print(f"HKCU\\Environment MEDSOS_SITE_CONFIG = {value!r}")
        if value is None:
            problems.append("MEDSOS_SITE_CONFIG is not set for the user")
        else:
            env["MEDSOS_SITE_CONFIG"] = value
            if site_file and Path(value).resolve() != site_file.resolve():
                problems.append(f"MEDSOS_SITE_CONFIG is {value}, expected {site_file}")

    if site_file is not None:
        if not site_file.is_file():
            problems.append(f"{site_file} was not written")
        else:
            print(f"--- {site_file} ---\n{site_file.read_text(encoding='utf-8')}---")
            with open(site_file, "rb") as f:
                data = tomllib.loads(f.read().decode("utf-8"))  # as plain tomllib reads it: no BOM
            for item in expect:
                key, _, wanted = item.partition("=")
                got = data.get(key)
                if key == "locked":
                    ok = sorted(got or []) == sorted(filter(None, wanted.split(",")))
                else:
                    ok = got == wanted
                if not ok:
                    problems.append(f"site.toml: {key} = {got!r}, expected {wanted!r}")

    for args in (["--version"], ["self-test", "--data-dir", tempfile.mkdtemp(prefix="medsos-")]):
        proc = subprocess.run(
            [str(exe), *args],
            capture_output=True,
            text=True,
            env=env,
            encoding="utf-8",
            errors="replace",
            timeout=300,
        )
        print(f"$ medsos {' '.join(args)}  -> exit {proc.returncode}\n{proc.stdout}")
        if proc.returncode != 0:
            problems.append(f"medsos {args[0]} exited with {proc.returncode}")
        if proc.stderr.strip():
            problems.append(f"medsos {args[0]} wrote to stderr:\n{proc.stderr}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app-dir", type=Path)
    parser.add_argument("--site-file", type=Path)
    parser.add_argument("--expect", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--user-env", action="store_true")
    parser.add_argument("--absent", nargs="+", type=Path, default=[])
    parser.add_argument("--present", nargs="+", type=Path, default=[])
    args = parser.parse_args()
    problems = []
    if args.app_dir:
        problems += check_app(args.app_dir, args.site_file, args.expect, args.user_env)
    problems += [f"{p} still exists" for p in args.absent if p.exists()]
    problems += [f"{p} is gone" for p in args.present if not p.exists()]
    for problem in problems:
        print(f"FAIL: {problem}")
    if not problems:
        print("OK")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
