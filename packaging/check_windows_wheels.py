#!/usr/bin/env python3
"""Check that every runtime dependency pinned in requirements.lock has a Windows wheel.

The Windows installer is built on windows-latest with 64-bit CPython 3.11 from
requirements.lock (with its hashes). A runtime package whose pinned version has no wheel
for that Python (win_amd64 for cp311 or abi3, or a pure-Python py3-none-any wheel) would
need a C compiler there, or fail, so this check runs on Linux in CI first.

    .venv/bin/python packaging/check_windows_wheels.py [--all] [--dest DIR]

Which packages are "runtime": the dependencies in pyproject.toml's [project] table and,
following the lock file's "# via" comments, everything they pull in; not the `test` or
`build` extras (--all checks every package in the lock). Environment markers are
evaluated for Windows, so `pywin32-ctypes ; sys_platform == 'win32'` (for keyring) is
checked and `secretstorage ; sys_platform == 'linux'` is not.

Each wheel is fetched with pip (`pip download --only-binary=:all: --platform win_amd64
--python-version 3.11 --implementation cp --abi cp311 --no-deps --require-hashes`), which
also proves that its hash is one of the lock file's. Wheels land in a temporary folder
(or --dest) and pip's own cache. Exit status 0: all have a wheel; 1: the ones that do not
are listed; 2: the lock file or pyproject.toml could not be read.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import tomllib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import InvalidWheelFilename, canonicalize_name, parse_wheel_filename
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements.lock"
PYPROJECT = ROOT / "pyproject.toml"

# The environment of the Windows build: 64-bit CPython 3.11 on Windows.
WINDOWS_ENV = {
    "implementation_name": "cpython",
    "implementation_version": "3.11.9",
    "os_name": "nt",
    "platform_machine": "AMD64",
    "platform_python_implementation": "CPython",
    "platform_release": "10",
    "platform_system": "Windows",
    "platform_version": "10.0.20348",
    "python_full_version": "3.11.9",
    "python_version": "3.11",
    "sys_platform": "win32",
    "extra": "",
}
PIP_TARGET = [
    "--only-binary=:all:",
    "--platform",
    "win_amd64",
    "--python-version",
    "3.11",
    "--implementation",
    "cp",
    "--abi",
    "cp311",
    "--no-deps",
]


@dataclass
class Pin:
    name: str
    version: str
    marker: str | None
    hashes: list[str]
    via: set[str] = field(default_factory=set)

    def applies_to_windows(self) -> bool:
        return self.marker is None or Marker(self.marker).evaluate(WINDOWS_ENV)


def read_lock(path: Path) -> dict[str, Pin]:
    pins: dict[str, Pin] = {}
    current: Pin | None = None
    in_via = False
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if line and not line[0].isspace() and not line.startswith("#"):
            match = re.match(r"([A-Za-z0-9._-]+)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$", line)
            if not match:
                raise ValueError(f"cannot read this line of {path.name}: {line!r}")
            current = Pin(canonicalize_name(match[1]), match[2], match[3], [])
            pins[current.name] = current
            in_via = False
        elif current is None:
            continue
        elif stripped.startswith("--hash="):
            current.hashes.append(stripped.removeprefix("--hash=").rstrip(" \\"))
        elif stripped.startswith("# via"):
            rest = stripped.removeprefix("# via").strip()
            in_via = not rest
            if rest:
                current.via.add(canonicalize_name(rest.split()[0]))
        elif in_via and stripped.startswith("#   "):
            current.via.add(canonicalize_name(stripped[1:].split()[0]))
        else:
            in_via = False
    return pins


def runtime_names(pins: dict[str, Pin], pyproject: Path) -> set[str]:
    """pyproject's dependencies and everything the lock has because of them."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    own = canonicalize_name(project["name"])
    names = set()
    for spec in project.get("dependencies", []):
        req = Requirement(spec)
        if req.marker is None or req.marker.evaluate(WINDOWS_ENV):
            names.add(canonicalize_name(req.name))
    missing = names - pins.keys()
    if missing:
        raise ValueError(f"not pinned in {LOCK.name}: {', '.join(sorted(missing))}")
    grew = True
    while grew:
        grew = False
        for name, pin in pins.items():
            if name not in names and (pin.via - {own}) & names:
                names.add(name)
                grew = True
    return names


def fetch(pin: Pin, dest: Path) -> tuple[Pin, str | None, str]:
    """(pin, the wheel's file name or None, pip's complaint)."""
    # The marker is left out: pip would evaluate it for this machine, not for Windows.
    req = dest / f".req-{pin.name}.txt"
    req.write_text(
        f"{pin.name}=={pin.version} " + " ".join(f"--hash={h}" for h in pin.hashes) + "\n",
        encoding="utf-8",
    )
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--disable-pip-version-check",
            *PIP_TARGET,
            "--require-hashes",
            "-r",
            str(req),
            "-d",
            str(dest),
        ],
        capture_output=True,
        text=True,
    )
    req.unlink()
    wheel = _wheel_for(pin, dest)
    if proc.returncode == 0 and wheel:
        return pin, wheel, ""
    errors = [
        line.strip()
        for line in proc.stderr.splitlines()
        if line.strip().startswith("ERROR") or "THESE PACKAGES DO NOT MATCH" in line
    ]
    return pin, None, errors[0] if errors else proc.stderr.strip()[-300:]


def _wheel_for(pin: Pin, dest: Path) -> str | None:
    for wheel in sorted(dest.glob("*.whl")):
        try:
            name, version, _, _ = parse_wheel_filename(wheel.name)
        except InvalidWheelFilename:
            continue
        if name == pin.name and version == Version(pin.version):
            return wheel.name
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--all",
        action="store_true",
        help="check every package in the lock file, test and build tools too",
    )
    parser.add_argument("--dest", type=Path, help="keep the wheels in this folder")
    args = parser.parse_args(argv)
    try:
        pins = read_lock(LOCK)
        names = set(pins) if args.all else runtime_names(pins, PYPROJECT)
    except (OSError, ValueError, KeyError) as exc:
        print(f"check_windows_wheels: {exc}", file=sys.stderr)
        return 2
    wanted = sorted(
        (pins[name] for name in names if pins[name].applies_to_windows()), key=lambda p: p.name
    )
    skipped = sorted(name for name in names if not pins[name].applies_to_windows())
    which = "packages (the whole lock)" if args.all else "runtime packages"
    print(
        f"Windows wheels (CPython 3.11, win_amd64) for {len(wanted)} {which} "
        f"in {LOCK.name}; not needed on Windows: {', '.join(skipped) or 'none'}"
    )

    with tempfile.TemporaryDirectory(prefix="medsos-win-wheels-") as tmp:
        dest = args.dest or Path(tmp)
        dest.mkdir(parents=True, exist_ok=True)
        with ThreadPoolExecutor(max_workers=4) as pool:
            results = list(pool.map(lambda pin: fetch(pin, dest), wanted))
    missing = []
    for pin, wheel, complaint in results:
        if wheel:
            print(f"  ok       {pin.name}=={pin.version}  {wheel}")
        else:
            missing.append(pin)
            print(f"  MISSING  {pin.name}=={pin.version}  {complaint}")
    if missing:
        print(
            f"{len(missing)} runtime package(s) without a Windows wheel for CPython 3.11: "
            + ", ".join(f"{p.name}=={p.version}" for p in missing)
        )
        return 1
    print("Every one has a Windows wheel.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
