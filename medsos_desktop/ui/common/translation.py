"""Qt side of translations: a QTranslator that reads the same catalog as the command line,
and the few helpers that turn program values (errors, role keys) into words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from medsos_desktop.i18n import DEFAULT_LANGUAGE, LANGUAGES, load_catalog
from medsos_desktop.ui.common.errors import error_message


class CatalogTranslator(QTranslator):
    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language
        self.catalog = load_catalog(language)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        del disambiguation, n
        # Untranslated strings come back as their source text. (An empty string would
        # blank the label, and returning None from this override corrupts None's
        # reference count in shiboken, crashing the interpreter at exit.)
        return self.catalog.get((context, source), source)

    def isEmpty(self) -> bool:
        return not self.catalog


_installed: CatalogTranslator | None = None


def install_language(language: str) -> str:
    """Install the translator for `language` (Indonesian when unknown) and return the one used."""
    global _installed
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    app = QCoreApplication.instance()
    if _installed is not None and app is not None:
        app.removeTranslator(_installed)
    _installed = CatalogTranslator(language)
    if app is not None:
        app.installTranslator(_installed)
    QLocale.setDefault(
        QLocale(QLocale.Language.Indonesian if language == "id" else QLocale.Language.English)
    )
    return language


def qt_translate(context: str, source: str) -> str:
    """Adapter for `UserFacingError.render` and domain findings."""
    return QCoreApplication.translate(context, source)


def current_language() -> str:
    """The language installed with `install_language` (English before any is)."""
    return _installed.language if _installed is not None else "en"


def error_text(exc: BaseException) -> str:
    """What to tell the user about `exc`: `errors.error_message` (this is its older name)."""
    return error_message(exc)


def tr_role(role: str) -> str:
    """A reviewer's role as words ("Kepala Dinas"), not its key (`kepala_dinas`); a role
    written by hand (a position) is shown as written."""
    from medsos_desktop.domain.review import ROLE_LABELS

    labels = {str(key): text for key, text in ROLE_LABELS.items()}  # StrEnum keys
    return qt_translate("Review", labels[role]) if role in labels else role
