"""Storage failures a user can act on. Kept free of SQLAlchemy so the UI can import them cheaply."""

from __future__ import annotations

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError

_CTX = "Storage"


class StorageError(UserFacingError):
    def __init__(self, message: str, **params: object) -> None:
        super().__init__(_CTX, message, **params)


class NewerDatabaseError(StorageError):
    pass


class CorruptDatabaseError(StorageError):
    pass


class StorageFullError(StorageError):
    pass


class ReadOnlyStorageError(StorageError):
    pass


MSG_NEWER = QT_TRANSLATE_NOOP(
    "Storage",
    "The database in {path} was written by a newer version of Medsos Desktop "
    "(schema {found}). Install the newer version to open it; this version will "
    "not touch it.",
)
MSG_CORRUPT = QT_TRANSLATE_NOOP(
    "Storage",
    "The file {path} is not a readable Medsos Desktop database ({reason}). It has "
    "not been changed. Restore a backup from the backups folder or choose another "
    "data folder.",
)
MSG_FULL = QT_TRANSLATE_NOOP(
    "Storage",
    "The disk holding {path} is full. Your last change has not been saved yet and "
    "is still on screen; free some space and it will be saved automatically.",
)
MSG_READ_ONLY = QT_TRANSLATE_NOOP(
    "Storage",
    "The data folder {path} cannot be written to. Check its permissions or choose "
    "another data folder.",
)

MSG_WRITE_FAILED = QT_TRANSLATE_NOOP(
    "Storage",
    "Saving failed ({reason}). Your text is still on screen and saving will be retried.",
)
