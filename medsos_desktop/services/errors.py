"""Errors the UI shows, importable without loading the database layer."""

import json

from medsos_desktop.domain.text import UserFacingError
from medsos_desktop.store.errors import StorageError

__all__ = ["StorageError", "UserFacingError", "error_from_record", "error_record"]


def error_record(exc: UserFacingError) -> str:
    """The reason as stored: its source text and values, so the UI shows it translated."""
    params = {k: v if isinstance(v, int | str) else str(v) for k, v in exc.params.items()}
    return json.dumps({"context": exc.context, "message": exc.message, "params": params})


def error_from_record(text: str) -> UserFacingError | None:
    """The reason stored by `error_record`; None for an empty or unreadable record."""
    try:
        data = json.loads(text) if text else None
        if isinstance(data, dict):
            return UserFacingError(
                str(data["context"]), str(data["message"]), **dict(data.get("params") or {})
            )
    except (ValueError, KeyError, TypeError):
        pass
    return None
