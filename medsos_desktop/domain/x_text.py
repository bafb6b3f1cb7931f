"""X's own counting rules (twitter-text), loaded on first use.

`twitter_text` compiles very large regular expressions when imported (about a
tenth of a second) and reads its emoji list through `pkg_resources`, which is
slow to import, heavy in memory, deprecated, and absent from Python 3.12+ virtual
environments. So it is imported lazily (the app warms it up off the GUI thread),
and while it imports, a tiny stand-in answers its single `resource_string` call
by reading the file beside the module instead of the real `pkg_resources`.
"""

from __future__ import annotations

import importlib
import sys
import threading
import types
from pathlib import Path
from typing import Any

_lock = threading.Lock()
_loaded: dict[str, Any] = {}


def _resource_string(module_name: str, resource: str) -> bytes:
    """pkg_resources semantics: `resource` sits beside the module (or in the package)."""
    module = sys.modules[module_name]
    return (Path(module.__file__ or "").parent / resource).read_bytes()


def _load() -> dict[str, Any]:
    with _lock:
        if _loaded:
            return _loaded
        stand_in = None
        if "pkg_resources" not in sys.modules:
            stand_in = types.ModuleType("pkg_resources")
            stand_in.resource_string = _resource_string  # type: ignore[attr-defined]
            sys.modules["pkg_resources"] = stand_in
        try:
            twitter_text = importlib.import_module("twitter_text")
            config = importlib.import_module("twitter_text.config")
        finally:
            if stand_in is not None and sys.modules.get("pkg_resources") is stand_in:
                del sys.modules["pkg_resources"]
        _loaded.update(
            parse_tweet=twitter_text.parse_tweet,
            extract_urls_with_indices=twitter_text.extract_urls_with_indices,
            defaults=config.config["defaults"],
        )
        return _loaded


def preload() -> None:
    """Import now (call from a worker thread) so the first check does not wait."""
    _load()


def parse_tweet(text: str, limit: int) -> Any:
    """twitter_text's ParsedResult for `text`, with X's weights and a `limit` of its own."""
    loaded = _load()
    return loaded["parse_tweet"](text, {**loaded["defaults"], "max_weighted_tweet_length": limit})


def extract_urls_with_indices(text: str) -> list[dict[str, Any]]:
    urls: list[dict[str, Any]] = _load()["extract_urls_with_indices"](text)
    return urls
