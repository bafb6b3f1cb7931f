"""Storage failures a user can act on. Kept free of SQLAlchemy so the UI can import them cheaply."""

from __future__ import annotations

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, Term, UserFacingError

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


class DatabaseBusyError(StorageError):
    """Another program held SQLite's lock for longer than the busy timeout."""


class StorageIOError(StorageError):
    """The disk (or the connection to it) failed to read or write."""


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

MSG_BUSY = QT_TRANSLATE_NOOP(
    "Storage",
    "The database in {path} is in use by another program, so the change has not been "
    "saved. Wait a moment and try again; if it keeps happening, close other copies of "
    "Medsos Desktop or backup programs that may be holding the file.",
)
MSG_IO = QT_TRANSLATE_NOOP(
    "Storage",
    "The disk holding {path} could not be read or written, so the change has not been "
    "saved. Check the disk (or its cable or connection) and try again.",
)
# The {reason} of MSG_CORRUPT when SQLite says so, in the user's language.
REASON_DAMAGED = Term("Storage", QT_TRANSLATE_NOOP("Storage", "the file is damaged"))
REASON_NOT_A_DATABASE = Term("Storage", QT_TRANSLATE_NOOP("Storage", "it is not a database file"))

MSG_WRITE_FAILED = QT_TRANSLATE_NOOP(
    "Storage",
    "Saving failed ({reason}). Your text is still on screen and saving will be retried.",
)
