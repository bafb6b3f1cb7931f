"""Marking of user-visible strings in layers that cannot import Qt.

`pyside6-lupdate` extracts every `QT_TRANSLATE_NOOP(context, text)` call into the
`.ts` files, so lower layers name their messages in English source text while the
UI (through Qt) and the command line (through `medsos_desktop.i18n`) show them in
the user's language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Return the source text unchanged; the call only marks it for translation."""
    del context
    return source


# What the operating system says about a file (`OSError.strerror`, often a message's
# {reason}). Windows says it in the user's language; Linux and macOS in English, so the
# usual ones are translated here like any other text.
OS_REASON_CONTEXT = "OSError"
OS_REASONS = frozenset(
    {
        QT_TRANSLATE_NOOP("OSError", "No such file or directory"),
        QT_TRANSLATE_NOOP("OSError", "Permission denied"),
        QT_TRANSLATE_NOOP("OSError", "Operation not permitted"),
        QT_TRANSLATE_NOOP("OSError", "No space left on device"),
        QT_TRANSLATE_NOOP("OSError", "Disk quota exceeded"),
        QT_TRANSLATE_NOOP("OSError", "Read-only file system"),
        QT_TRANSLATE_NOOP("OSError", "File exists"),
        QT_TRANSLATE_NOOP("OSError", "Is a directory"),
        QT_TRANSLATE_NOOP("OSError", "Not a directory"),
        QT_TRANSLATE_NOOP("OSError", "Directory not empty"),
        QT_TRANSLATE_NOOP("OSError", "Device or resource busy"),
        QT_TRANSLATE_NOOP("OSError", "Input/output error"),
        QT_TRANSLATE_NOOP("OSError", "File name too long"),
        QT_TRANSLATE_NOOP("OSError", "Too many open files"),
        QT_TRANSLATE_NOOP("OSError", "Invalid argument"),
    }
)


@dataclass(frozen=True)
class Term:
    """A word of the catalogue given as a message's value, translated with the message:
    `status=Term("Status", "Approved")` reads "Disetujui", never the key `approved`."""

    context: str
    source: str

    def __str__(self) -> str:
        return self.source


def render_message(
    template: str, params: dict[str, object], context: str, translate: Translate | None = None
) -> str:
    """Translate a marked template and fill it; a broken translation falls back to English."""
    translated = translate(context, template) if translate else template
    if translate is not None:
        params = {
            key: translate(value.context, value.source)
            if isinstance(value, Term)
            else translate(OS_REASON_CONTEXT, value)
            if isinstance(value, str) and value in OS_REASONS
            else value
            for key, value in params.items()
        }
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)


class UserFacingError(Exception):
    """An error whose message is meant for the user, translated where it is shown.

    `message` is an English source template marked with QT_TRANSLATE_NOOP under
    `context`; `params` fill its named fields.
    """

    def __init__(self, context: str, message: str, **params: object) -> None:
        super().__init__(message.format(**params) if params else message)
        self.context = context
        self.message = message
        self.params = params

    def render(self, translate: Translate | None = None) -> str:
        return render_message(self.message, self.params, self.context, translate)
