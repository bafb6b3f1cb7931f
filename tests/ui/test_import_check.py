"""PySide's check of each imported module gives the same answers without keeping the
module's source lines in memory (they were about 20 MiB at the agency window's start)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from medsos_desktop.ui.common import import_check


@pytest.fixture
def feature(monkeypatch: pytest.MonkeyPatch) -> object:
    import PySide6.QtCore  # noqa: F401  (PySide's import hook is set up with QtCore)

    module = sys.modules.get("shibokensupport.feature")
    if module is None or not hasattr(module, "_mod_uses_pyside"):
        pytest.skip("this PySide has no import check")
    # Whatever the test does to PySide's check is undone after it.
    monkeypatch.setattr(module, "_mod_uses_pyside", module._mod_uses_pyside)
    return module


_PROBE = """
import json, linecache, sys
import PySide6.QtCore  # PySide's import hook is set up with QtCore
feature = sys.modules.get("shibokensupport.feature")
if feature is None or not hasattr(feature, "_mod_uses_pyside"):
    print(json.dumps(None)); raise SystemExit
from medsos_desktop.ui.common import import_check
original = feature._mod_uses_pyside
swapped = import_check.read_sources_without_caching()
again = import_check.read_sources_without_caching()
checked = feature._mod_uses_pyside
linecache.clearcache()
qt_module = __import__("medsos_probe_qt")  # through the import hook, as `import` does
plain_module = __import__("medsos_probe_plain")
same = all(checked(m) == original(m) for m in (qt_module, plain_module, sys))
linecache.clearcache()
checked(qt_module)
kept_by_ours = qt_module.__file__ in linecache.cache
original(qt_module)
kept_by_pyside = qt_module.__file__ in linecache.cache
print(json.dumps({
    "swapped": swapped and again and checked is not original,
    "qt": feature.pyside_feature_dict.get("medsos_probe_qt"),
    "plain": feature.pyside_feature_dict.get("medsos_probe_plain"),
    "same": same,
    "kept_by_ours": kept_by_ours,
    "kept_by_pyside": kept_by_pyside,
}))
"""


def test_new_modules_are_checked_from_their_bytes_and_not_cached(tmp_path: Path) -> None:
    """In a fresh interpreter (a real child process: the hook's state in this one depends on
    which tests ran before), as the app does at start."""
    import json
    import os
    import subprocess

    (tmp_path / "medsos_probe_qt.py").write_text(
        "from PySide6.QtCore import QObject\nVALUE = QObject\n", encoding="utf-8"
    )
    (tmp_path / "medsos_probe_plain.py").write_text("VALUE = 1\n", encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tmp_path), str(root)]))
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, env=env, check=True
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    if found is None:
        pytest.skip("this PySide has no import check")
    # The same answers as PySide's own check, ...
    assert found["swapped"] and found["same"]
    assert (found["qt"], found["plain"]) == (0, -1)
    # ... but the lines are not kept (PySide's own check reads them into the cache).
    assert not found["kept_by_ours"] and found["kept_by_pyside"]


def test_app_modules_get_the_same_answer(feature: object) -> None:
    original = feature._mod_uses_pyside  # type: ignore[attr-defined]
    import_check.read_sources_without_caching()
    checked = feature._mod_uses_pyside  # type: ignore[attr-defined]
    names = [name for name in list(sys.modules) if name.startswith("medsos_desktop")]
    assert len(names) > 20
    for name in names:
        module = sys.modules[name]
        assert checked(module) == original(module), name
