"""PySide's check of every imported module, without keeping the module's source.

Once PySide6 is loaded, its import hook asks of each new module whether it uses PySide
(for `from __feature__ import ...`, which this app does not use): it reads the module's
whole source through `inspect.getsource`, and `linecache` keeps every line of it for the
rest of the session. For the agency window's start (our modules, SQLAlchemy with its
ORM, asyncio, email) that was about 20 MiB of source text and a sizeable share of the
start's CPU time. The same question is answered here from the file's bytes, kept by
nobody; modules without a readable source file go to PySide's own check as before.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from types import ModuleType

_MARK = "_medsos_reads_bytes"


def read_sources_without_caching() -> bool:
    """Swap PySide's check for one that reads bytes, and drop the source lines cached
    so far. False (nothing changed) when this PySide has no such check."""
    feature = sys.modules.get("shibokensupport.feature")
    original: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None:
        return False
    if getattr(original, _MARK, False):
        return True

    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)  # built-in, compiled or frozen: PySide's answer
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    setattr(mod_uses_pyside, _MARK, True)
    feature._mod_uses_pyside = mod_uses_pyside  # type: ignore[attr-defined]
    linecache.clearcache()  # the modules PySide looked at while it was being imported
    return True
