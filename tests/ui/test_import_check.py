"""PySide's check of each imported module gives the same answers without keeping the
module's source lines in memory (they were about 20 MiB at the agency window's start)."""

from __future__ import annotations

import importlib
import linecache
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


def test_new_modules_are_checked_from_their_bytes_and_not_cached(
    feature: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = feature._mod_uses_pyside  # type: ignore[attr-defined]
    assert import_check.read_sources_without_caching()
    assert import_check.read_sources_without_caching()  # a second call changes nothing
    checked = feature._mod_uses_pyside  # type: ignore[attr-defined]
    assert checked is not original

    (tmp_path / "medsos_probe_qt.py").write_text(
        "from PySide6.QtCore import QObject\nVALUE = QObject\n", encoding="utf-8"
    )
    (tmp_path / "medsos_probe_plain.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("medsos_probe_qt", "medsos_probe_plain"):
        monkeypatch.delitem(sys.modules, name, raising=False)
        monkeypatch.delitem(feature.pyside_feature_dict, name, raising=False)  # type: ignore[attr-defined]
    linecache.clearcache()
    qt_module = __import__("medsos_probe_qt")  # through the import hook, as `import` does
    plain_module = __import__("medsos_probe_plain")

    # The same answers as PySide's own check, ...
    assert feature.pyside_feature_dict["medsos_probe_qt"] == 0  # type: ignore[attr-defined]
    assert feature.pyside_feature_dict["medsos_probe_plain"] == -1  # type: ignore[attr-defined]
    for module in (qt_module, plain_module, sys, importlib.import_module("_json")):
        assert checked(module) == original(module)
    # ... but their lines are not kept (PySide's own check just read them into the cache).
    linecache.clearcache()
    checked(qt_module)
    assert str(tmp_path / "medsos_probe_qt.py") not in linecache.cache
    original(qt_module)
    assert str(tmp_path / "medsos_probe_qt.py") in linecache.cache


def test_app_modules_get_the_same_answer(feature: object) -> None:
    original = feature._mod_uses_pyside  # type: ignore[attr-defined]
    import_check.read_sources_without_caching()
    checked = feature._mod_uses_pyside  # type: ignore[attr-defined]
    names = [name for name in list(sys.modules) if name.startswith("medsos_desktop")]
    assert len(names) > 20
    for name in names:
        module = sys.modules[name]
        assert checked(module) == original(module), name
