"""The screen tier: a real X server (Xvfb) with a window manager, at an office screen size.

`bash scripts/dev.sh test` starts Xvfb at 1366x768 and at 1280x720 with openbox and runs
the tests marked `screen` on each, with QT_QPA_PLATFORM=xcb. Offscreen they are skipped;
with MEDSOS_SCREEN_REQUIRED=1 (as dev.sh sets) a missing display fails instead.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.screen.dialogs import Scene, build_scene

OFFICE_SCREENS = {(1366, 768), (1280, 720)}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("QT_QPA_PLATFORM", "").startswith("xcb") and os.environ.get("DISPLAY"):
        return
    if os.environ.get("MEDSOS_SCREEN_REQUIRED") == "1":
        raise pytest.UsageError(
            "the screen tier needs QT_QPA_PLATFORM=xcb and DISPLAY (a real X server)"
        )
    skip = pytest.mark.skip(reason="needs a real X server: QT_QPA_PLATFORM=xcb and DISPLAY")
    for item in items:
        if item.get_closest_marker("screen") is not None:
            item.add_marker(skip)


@pytest.fixture(scope="module")
def scene(qapp: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scene]:
    """One main window for a module's checks: opening it per dialog would take minutes."""
    import keyring

    from tests.conftest import _memory_keyring_class

    folder = tmp_path_factory.mktemp("screen")
    previous = keyring.get_keyring()
    memory = _memory_keyring_class()
    memory.active = True  # type: ignore[attr-defined]
    keyring.set_keyring(memory())
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HOME", str(folder / "home"))
        patch.setenv("XDG_DATA_HOME", str(folder / "home" / ".local" / "share"))
        patch.setenv("XDG_CONFIG_HOME", str(folder / "home" / ".config"))
        built = build_scene(folder)
        try:
            yield built
        finally:
            built.close()
            keyring.set_keyring(previous)
            memory.active = False  # type: ignore[attr-defined]
