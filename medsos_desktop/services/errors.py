"""Errors the UI shows, importable without loading the database layer."""

from medsos_desktop.domain.text import UserFacingError
from medsos_desktop.store.errors import StorageError

__all__ = ["StorageError", "UserFacingError"]
