"""The device key in a real Secret Service keyring: Debian's gnome-keyring on a private D-Bus.

Each run starts its own session bus with `dbus-run-session`, unlocks a fresh login keyring
with a known password, creates the identity in one process and signs in another. When the
command ends the bus goes away and gnome-keyring-daemon with it; the test checks that.

Needs the Debian packages `gnome-keyring` and `dbus` (dbus-run-session is in `dbus-daemon`).
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("dbus-run-session", "gnome-keyring-daemon")
SESSION_TIMEOUT = 90  # seconds for the whole session; a healthy run takes about one
MARKER_ENV = "MEDSOS_KEYRING_TEST_RUN"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(SESSION_TIMEOUT + 60),
    pytest.mark.skipif(
        not sys.platform.startswith("linux"), reason="Secret Service is a Linux desktop service"
    ),
]

# Waits for the daemon's bus name, so a slow start is not mistaken for a missing keyring.
_COMMON = """
import json, sys, time
from pathlib import Path
from keyring.backends.SecretService import Keyring
from medsos_desktop.services.identity import IdentityService, keyring_status

def secret_service():
    deadline = time.monotonic() + 20
    while True:
        try:
            Keyring.priority
            return Keyring()
        except Exception as exc:
            if time.monotonic() > deadline:
                print(json.dumps({"error": f"Secret Service not reachable: {exc!r}"}))
                sys.exit(3)
            time.sleep(0.2)

backend = secret_service()
status = keyring_status(backend)
service = IdentityService(Path(sys.argv[1]), keyring_backend=backend)
"""

CREATE = (
    _COMMON
    + """
identity = service.create("PC uji Secret Service")
print(json.dumps({
    "backend_class": status.backend_class, "secure": status.secure, "usable": status.usable,
    "device_id": identity.device_id, "key_id": identity.key_id, "storage": identity.storage,
    "public_key": identity.public_key_b64,
}))
"""
)

SIGN = (
    _COMMON
    + """
import base64
from medsos_desktop.services.identity import SERVICE_NAME
message = sys.argv[2].encode()
signer = service.signer()
signature = signer.sign(message)
secret = backend.get_password(SERVICE_NAME, f"device-key:{signer.device_id}")
print(json.dumps({
    "device_id": signer.device_id, "key_id": signer.key_id,
    "signature": base64.b64encode(signature).decode(),
    "verified": service.verify(message, signature), "secret": secret,
}))
"""
)

# Runs inside the private bus. The daemon reads the keyring password on stdin and forks
# only once it is ready; its environment lines go to stderr for the failure report.
SESSION_SCRIPT = """
set -eu
printf '%s' "$MEDSOS_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >&2
echo "--- create" >&2
"$MEDSOS_PYTHON" "$MEDSOS_WORK/create.py" "$MEDSOS_WORK/data"
echo "--- sign" >&2
"$MEDSOS_PYTHON" "$MEDSOS_WORK/sign.py" "$MEDSOS_WORK/data" "$MEDSOS_MESSAGE"
"""


def _processes_with_marker(marker: str) -> list[int]:
    """Our own processes (and only ours): they carry this run's unique marker."""
    needle = f"{MARKER_ENV}={marker}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        with contextlib.suppress(OSError):
            if needle in (entry / "environ").read_bytes().split(b"\0"):
                found.append(int(entry.name))
    return found


def _wait_for_no_leftovers(marker: str, seconds: float) -> list[int]:
    deadline = time.monotonic() + seconds
    while (left := _processes_with_marker(marker)) and time.monotonic() < deadline:
        time.sleep(0.1)
    return left


def _child_env(work: Path, marker: str, message: str) -> dict[str, str]:
    home = work / "home"
    runtime = work / "run"
    for folder in (home, runtime):
        folder.mkdir(mode=0o700, parents=True)
    env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            "DBUS_SESSION_BUS_ADDRESS",
            "PYTHON_KEYRING_BACKEND",
            "DISPLAY",
            "WAYLAND_DISPLAY",
            "GNOME_KEYRING_CONTROL",
            "SSH_AUTH_SOCK",
        }
    }
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),  # the keyring file goes here
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_RUNTIME_DIR=str(runtime),  # the daemon's control socket goes here
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")])),
        MEDSOS_KEYRING_PASSWORD="medsos-test-" + uuid.uuid4().hex,
        MEDSOS_PYTHON=sys.executable,
        MEDSOS_WORK=str(work),
        MEDSOS_MESSAGE=message,
        **{MARKER_ENV: marker},
    )
    return env


def _json_lines(stdout: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in stdout.splitlines() if line.startswith("{")]


def test_device_key_round_trip_through_gnome_keyring(tmp_path: Path) -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(
            f"{', '.join(missing)} not installed: apt-get install gnome-keyring dbus "
            "(the setup script installs them)"
        )
    work = tmp_path / "secret-service"
    work.mkdir()
    (work / "create.py").write_text(CREATE, encoding="utf-8")
    (work / "sign.py").write_text(SIGN, encoding="utf-8")
    marker = uuid.uuid4().hex
    message = "manifest.json bytes " + uuid.uuid4().hex

    proc = subprocess.Popen(
        ["dbus-run-session", "--", "sh", "-c", SESSION_SCRIPT],
        env=_child_env(work, marker, message),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # one process group to end on a timeout
    )
    timed_out = False
    try:
        stdout, stderr = proc.communicate(timeout=SESSION_TIMEOUT)
    except subprocess.TimeoutExpired:
        timed_out = True
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        stdout, stderr = proc.communicate()
    finally:
        # gnome-keyring-daemon leaves the group when it daemonises; it exits with the bus.
        leftovers = _wait_for_no_leftovers(marker, 10)
        for pid in leftovers:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)

    report = f"exit {proc.returncode}\n--- stdout\n{stdout}\n--- stderr\n{stderr}"
    assert not timed_out, f"the keyring session took over {SESSION_TIMEOUT} s\n{report}"
    assert proc.returncode == 0, report
    assert leftovers == [], f"processes outlived their D-Bus session: {leftovers}\n{report}"
    lines = _json_lines(stdout)
    assert len(lines) == 2, report
    created, signed = lines

    assert created["backend_class"] == "keyring.backends.SecretService.Keyring"
    assert created["secure"] is True and created["usable"] is True
    assert created["storage"] == "keyring"
    assert (signed["device_id"], signed["key_id"]) == (created["device_id"], created["key_id"])
    assert signed["verified"] is True
    public_key = base64.b64decode(str(created["public_key"]))
    signature = base64.b64decode(str(signed["signature"]))
    Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message.encode())

    # The key came out of gnome-keyring; the data folder holds none of it.
    secret = str(signed["secret"])
    raw = base64.b64decode(secret)
    assert len(raw) == 32
    data_files = [p for p in (work / "data").rglob("*") if p.is_file()]
    assert [p.name for p in data_files] == ["device.json"]
    for path in data_files:
        content = path.read_bytes()
        assert raw not in content and secret.encode() not in content
