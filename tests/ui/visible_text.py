"""What a person can read on a window, and which of it is not Indonesian.

`visible_texts(widget)` walks a widget tree and returns every text a person can read
there: window titles, labels, buttons, menus and actions, tooltips, placeholders,
group boxes, tabs, combo box items, item views (headers and the first rows), line
edits, text browsers, status bars, message boxes. `find_leaks(texts)` returns the
ones that give away English or the program's insides:

- an English source string of `translations/medsos_id.ts` shown as is (also when
  formatted: "History: {title}" matches "History: Rapat koordinasi");
- an internal key: a snake_case identifier (`kepala_dinas`), a domain enum value
  shown as a whole label (`instagram`, `draft`), an unformatted `{placeholder}`,
  `None`/`True`/`False`, a Python exception's name or `[Errno 2]`;
- a path inside the central folder's protocol (`agencies/…/r2`);
- a common English word ("open", "none", "Directories", "Cancel", …).

`assert_no_leaks(widget)` does both and fails with a readable list. Other tests (the
registry of every dialog in `tests/screen/`) call it on each window they open.

`QtLookupRecorder` records every Qt-side translation lookup while installed, so a
test can show which of Qt's own strings (`QFileDialog`, `QColorDialog`, …) a
dialog asked for that `translations/qt_id.ts` lacks.
"""

from __future__ import annotations

import enum
import importlib
import pkgutil
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractProxyModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDockWidget,
    QFileSystemModel,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QStatusBar,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QTreeView,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "translations" / "medsos_id.ts"
QT_CATALOGUE = ROOT / "translations" / "qt_id.ts"

# Names that are the same in Indonesian: products, formats, identifiers, this app.
PROPER_NOUNS = (
    "Medsos Desktop",
    "Instagram",
    "Facebook",
    "TikTok",
    "YouTube",
    "Threads",
    "WhatsApp",
    "Stories",
    "Story",
    "Reels",
    "Reel",
    "Feed",
    "Shorts",
    "Diskominfo",
    "HOAKS",
    "PDF",
    "PNG",
    "JPEG",
    "JPG",
    "HEIC",
    "WebP",
    "XLSX",
    "CSV",
    "JSON",
    "SVG",
    "NIK",
    "NIP",
    "URL",
    "QR",
    "PIN",
    "SHA-256",
    "Ed25519",
    # Font and licence names (About, brand kit).
    "Open Sans",
    "Noto Sans",
    "Noto Serif",
    "SIL Open Font License",
    "Open Font License",
    "GNU Lesser General Public License",
    "Apache License",
    "MIT License",
    "BSD License",
    "Python Software Foundation License",
    "Qt for Python",
)

# English words that never belong in an Indonesian sentence. Loan words that
# Indonesian offices use as is ("file", "folder", "status", "detail", "data", "email",
# "link", "online", "admin", "filter", "backup"?) are deliberately left out.
_ENGLISH_WORDS = """
    open opened none directories directory cancel save saved delete deleted close closed
    yes back next previous apply search name size type date modified kind computer recent
    places look files the and of with from not cannot can't could failed error errors
    warning warnings please loading unknown select choose remove edit new show hide details
    help retry ignore abort discard undo redo cut copy paste colour color colors colours
    sample basic custom red green blue alpha pick screen add to is are was were
    will this that these your you on off at by for or into unable invalid missing required
    found draft submitted approved synced published archived pending sent sending received
    trusted rejected revoked expired today tomorrow yesterday week month year image images
    photo photos title caption captions post posts settings preview template
    templates agency agencies reviewer reviewers approve approval history export import
"""
ENGLISH_WORDS = frozenset(_ENGLISH_WORDS.split())
# Loan words Indonesian offices use as they are ("template caption", "preview").
AMBIGUOUS = frozenset({"caption", "preview", "template", "templates", "post", "on", "at"})

_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|id|org|net|go\.id)(?:/\S*)?", re.I)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")
_TAG = re.compile(r"[#@][\w.]+")
_FILE = re.compile(
    r"\b[\w.-]+\.(?:png|jpe?g|heic|heif|webp|gif|pdf|xlsx|csv|json|svg|ttf|otf|zip|key|txt|log)\b",
    re.I,
)
_ABSOLUTE_PATH = re.compile(r"(?:[A-Za-z]:\\|(?<![\w.])/)[^\s\"'<>|]*")
_PROTOCOL_PATH = re.compile(
    r"(?:^|[\s(\"'“/\\])(?:agencies|posts|devices|shared|\.staging)[/\\][^\s]*"
    r"|[/\\]r\d+(?:[/\\]|\b)"
)
_SNAKE = re.compile(r"(?<![\w#@./{\\-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w}])(?!\.\w)")
_PY_REPR = re.compile(
    r"\b(?:None|True|False|none|null)\b|\b[A-Z]\w*(?:Error|Exception)\b|\[Errno \d+\]"
    r"|<[\w.]+ object at 0x|Traceback \(most recent call last\)"
)
_QT_PLACEHOLDER = re.compile(r"%(?:\d|n)\b|%[sd]\b")
# Licence expressions: "Apache-2.0 OR BSD-3-Clause".
_SPDX = re.compile(r"\b[\w.+-]+(?: (?:OR|AND|WITH) [\w.+-]+)+\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_ACCELERATOR = re.compile(r"&(?!&)")
_BRACED = re.compile(r"(?<!\{)\{([a-z_][a-z0-9_]*)\}(?!\})")


@dataclass(frozen=True)
class VisibleText:
    text: str
    where: str


@dataclass(frozen=True)
class Leak:
    text: str
    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.reason}: {self.text!r}  [{self.where}]"


# -- the catalogue -------------------------------------------------------------------


@dataclass(frozen=True)
class _Catalogue:
    english: frozenset[str]  # sources whose Indonesian differs, as a person reads them
    patterns: tuple[tuple[re.Pattern[str], str], ...]  # formatted sources
    placeholders: frozenset[str]  # the {names} the code formats


def _clean(text: str) -> str:
    return " ".join(_ACCELERATOR.sub("", text).replace("&&", "&").split())


@lru_cache(maxsize=1)
def catalogue() -> _Catalogue:
    sources: set[str] = set()
    translations: set[str] = set()
    placeholders: set[str] = set()
    for path in (CATALOGUE, QT_CATALOGUE):
        for message in ET.parse(path).getroot().iter("message"):
            source = message.findtext("source", default="")
            translation = message.findtext("translation", default="") or ""
            placeholders.update(_BRACED.findall(source))
            if _clean(source) != _clean(translation):
                sources.add(_clean(source))
            translations.add(_clean(translation))
    english = frozenset(s for s in sources - translations if _has_words(s))
    # Template fields ({kegiatan}, {akun_kolaborasi}, {nama}) are shown on purpose.
    from medsos_desktop.domain.caption_templates import AUTOFILL_FIELDS, KNOWN_FIELDS
    from medsos_desktop.services.replies import REPLY_FIELDS

    placeholders -= {*KNOWN_FIELDS, *AUTOFILL_FIELDS, *REPLY_FIELDS}
    patterns = []
    for source in sorted(english):
        if not (_BRACED.search(source) or "%1" in source):
            continue
        literal = _BRACED.sub("", source).replace("%1", "").replace("%2", "")
        if sum(c.isalpha() for c in literal) < 6:
            continue
        parts = re.split(r"(\{[a-z_][a-z0-9_]*\}|%\d)", source)
        regex = "".join(".+?" if i % 2 else re.escape(part) for i, part in enumerate(parts))
        patterns.append((re.compile(rf"^{regex}$", re.S), source))
    return _Catalogue(english, tuple(patterns), frozenset(placeholders))


def _has_words(text: str) -> bool:
    return sum(c.isalpha() for c in text) >= 3


@lru_cache(maxsize=1)
def enum_values() -> frozenset[str]:
    """Every value of the domain's string enums (statuses, platforms, roles, …)."""
    import medsos_desktop.domain as domain

    values: set[str] = set()
    for info in pkgutil.iter_modules(domain.__path__):
        module = importlib.import_module(f"medsos_desktop.domain.{info.name}")
        for item in vars(module).values():
            if isinstance(item, type) and issubclass(item, enum.Enum) and item is not enum.Enum:
                values.update(m.value for m in item if isinstance(m.value, str))
    return frozenset(values)


# -- reading the widgets -------------------------------------------------------------


def _plain(text: str) -> str:
    if GuiQt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _name(widget: QWidget) -> str:
    name = widget.objectName()
    return f"{type(widget).__name__}#{name}" if name else type(widget).__name__


def _path(widget: QWidget, root: QWidget) -> str:
    parts = []
    current: QWidget | None = widget
    while current is not None:
        if current.objectName() or current is root or current is widget:
            parts.append(_name(current))
        if current is root:
            break
        current = current.parentWidget()
    return " < ".join(parts)


def _readable(widget: QWidget, root: QWidget) -> bool:
    if widget is root:
        return True
    # Another window (a dialog parented to this one) is read on its own.
    return QWidget.window(widget) is QWidget.window(root) and widget.isVisibleTo(root)


def _model_texts(
    model: QAbstractItemModel, view: QAbstractItemView | None, max_rows: int
) -> Iterator[tuple[str, str]]:
    list_model = isinstance(model, QAbstractListModel)  # its columnCount is private
    columns = 1 if list_model else model.columnCount(QModelIndex())
    hidden = set()
    if isinstance(view, QTableView | QTreeView):
        hidden = {c for c in range(columns) if view.isColumnHidden(c)}
    header_roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    shows_header = not isinstance(view, QTableView) or view.horizontalHeader().isVisible()
    if isinstance(view, QTreeView):
        shows_header = not view.isHeaderHidden()
    if shows_header and view is not None and not isinstance(view, QHeaderView):
        for column in range(columns):
            if column in hidden:
                continue
            for role in header_roles:
                value = model.headerData(column, Qt.Orientation.Horizontal, role)
                if isinstance(value, str):
                    yield value, f"header {column}"
    if isinstance(view, QTableView) and view.verticalHeader().isVisible():
        for row in range(min(model.rowCount(), max_rows)):
            value = model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                yield value, f"row header {row}"
    # File names in a file dialog are the user's own; the other columns are Qt's words.
    source = model.sourceModel() if isinstance(model, QAbstractProxyModel) else model
    if isinstance(source, QFileSystemModel):
        hidden.add(0)
    seen = 0
    # A view shows its root's rows (a file dialog: the current folder, not "/").
    stack: list[QModelIndex] = [view.rootIndex() if view is not None else QModelIndex()]
    while stack and seen < max_rows:
        parent = stack.pop(0)
        for row in range(model.rowCount(parent)):
            if seen >= max_rows:
                break
            seen += 1
            for column in range(columns if columns else 1):
                if column in hidden:
                    continue
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str) and value:
                        yield value, f"row {row} column {column}"
                if column == 0 and not list_model and _has_children(model, index):
                    stack.append(index)


def _has_children(model: QAbstractItemModel, index: QModelIndex) -> bool:
    try:
        return model.hasChildren(index)
    except TypeError:  # private in list and table models
        return False


def _action_texts(actions: Iterable[QAction], where: str, depth: int = 0) -> Iterator[VisibleText]:
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        label = f"{where} > action {action.objectName() or action.text()!r}"
        for value in (action.text(), action.toolTip(), action.statusTip()):
            # Qt makes an action's tooltip from its text when none was set.
            if value:
                yield VisibleText(value, label)
        menu = action.menu()
        if isinstance(menu, QMenu) and depth < 5:
            yield VisibleText(menu.title(), label)
            yield from _action_texts(menu.actions(), label, depth + 1)


def visible_texts(root: QWidget, *, max_rows: int = 40) -> list[VisibleText]:
    """Every text a person can read on `root` as it is now (hidden widgets excluded;
    menus of the menu bar and toolbars included, since one click shows them)."""
    found: list[VisibleText] = []

    def add(value: object, widget: QWidget, what: str) -> None:
        if isinstance(value, str) and value.strip():
            found.append(VisibleText(_plain(value), f"{_path(widget, root)} ({what})"))

    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not _readable(widget, root):
            continue
        if widget.isWindow() or isinstance(widget, QDockWidget):
            add(widget.windowTitle(), widget, "title")
        add(widget.toolTip(), widget, "tooltip")
        add(widget.statusTip(), widget, "status tip")
        add(widget.whatsThis(), widget, "what's this")
        add(widget.accessibleName(), widget, "accessible name")
        add(widget.accessibleDescription(), widget, "accessible description")
        if isinstance(widget, QLabel):
            if widget.pixmap() is None or widget.pixmap().isNull() or widget.text():
                text = widget.text()
                if widget.textFormat() == Qt.TextFormat.PlainText:
                    found.append(VisibleText(text, f"{_path(widget, root)} (label)"))
                else:
                    add(text, widget, "label")
        elif isinstance(widget, QAbstractButton):
            add(widget.text(), widget, "button")
        elif isinstance(widget, QGroupBox):
            add(widget.title(), widget, "group box")
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i):
                    add(widget.tabText(i), widget, f"tab {i}")
                    add(widget.tabToolTip(i), widget, f"tab {i} tooltip")
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget.itemText(i), widget, f"item {i}")
                add(widget.itemData(i, Qt.ItemDataRole.ToolTipRole), widget, f"item {i} tip")
            if widget.isEditable() and widget.lineEdit() is not None:
                add(widget.lineEdit().placeholderText(), widget, "placeholder")
        elif isinstance(widget, QLineEdit):
            if widget.echoMode() == QLineEdit.EchoMode.Normal:
                add(widget.text(), widget, "text")
            add(widget.placeholderText(), widget, "placeholder")
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            add(widget.toPlainText(), widget, "text")
            add(widget.placeholderText(), widget, "placeholder")
        elif isinstance(widget, QAbstractSpinBox):
            add(widget.specialValueText(), widget, "special value")
            if isinstance(widget, QSpinBox):
                add(widget.prefix(), widget, "prefix")
                add(widget.suffix(), widget, "suffix")
            if isinstance(widget, QDateTimeEdit):
                add(widget.text(), widget, "date")
        elif isinstance(widget, QProgressBar):
            if widget.isTextVisible():
                add(widget.text(), widget, "progress")
        elif isinstance(widget, QStatusBar):
            add(widget.currentMessage(), widget, "status message")
        elif isinstance(widget, QMessageBox):
            add(widget.text(), widget, "message")
            add(widget.informativeText(), widget, "informative text")
            add(widget.detailedText(), widget, "details")
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            model = widget.model()
            if model is not None:
                for value, where in _model_texts(model, widget, max_rows):
                    add(value, widget, where)
        if isinstance(widget, QMenuBar | QToolBar):
            found.extend(_action_texts(widget.actions(), _path(widget, root)))
        elif (
            not isinstance(widget, QMenu)
            and widget.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
        ):
            # The actions a right click shows.
            found.extend(_action_texts(widget.actions(), _path(widget, root)))
    if isinstance(root, QMainWindow) and root.statusBar() is not None:
        add(root.statusBar().currentMessage(), root, "status message")
    return found


def visible_texts_in_every_tab(
    root: QWidget, *, settle: Callable[[], None] | None = None, max_rows: int = 40
) -> list[VisibleText]:
    """`visible_texts` with each tab of each tab widget shown in turn (nested ones
    too); `settle` runs after each switch, e.g. to let a lazily built page load."""
    texts = visible_texts(root, max_rows=max_rows)
    visited: set[int] = set()

    def visit() -> None:
        for tabs in root.findChildren(QTabWidget):
            if id(tabs) in visited or not _readable(tabs, root):
                continue
            visited.add(id(tabs))
            original = tabs.currentIndex()
            for index in range(tabs.count()):
                if index == original or not tabs.isTabEnabled(index):
                    continue
                tabs.setCurrentIndex(index)
                if settle is not None:
                    settle()
                texts.extend(visible_texts(root, max_rows=max_rows))
                visit()
            tabs.setCurrentIndex(original)
            if settle is not None:
                settle()

    visit()
    return texts


# -- judging the texts ---------------------------------------------------------------


def _mask(text: str) -> str:
    """Hide what is not a sentence: links, addresses, tags, file names, absolute paths,
    proper nouns. Masked spans become a neutral word so neighbours stay apart."""
    for pattern in (_URL, _EMAIL, _TAG, _FILE, _ABSOLUTE_PATH, _SPDX):
        text = pattern.sub(" ◦ ", text)
    for noun in sorted(PROPER_NOUNS, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(noun)}(?!\w)", " ◦ ", text)
    return text


def leaks_in(text: str, where: str = "") -> list[Leak]:
    """The reasons `text` is not plain Indonesian, if any."""
    found: list[Leak] = []
    book = catalogue()

    def leak(reason: str) -> None:
        found.append(Leak(text, where, reason))

    whole = _clean(text)
    lines = [_clean(line) for line in text.splitlines() if line.strip()]
    candidates = {whole, *lines}
    for candidate in candidates:
        bare = candidate.rstrip(":…. ").strip()
        if candidate in book.english or bare in book.english:
            leak("English source string")
            break
        if any(p.match(candidate) for p, _ in book.patterns):
            leak("English source string (formatted)")
            break
    values = enum_values()
    for candidate in candidates:
        if candidate in values or candidate.strip("()") in values:
            leak("internal value")
            break
    if _PROTOCOL_PATH.search(text.replace(str(Path.home()), "")):
        # Only a path relative to the central folder's root gives the protocol away;
        # an absolute folder a person chose is shown on purpose.
        relative = _ABSOLUTE_PATH.sub(" ", text)
        if _PROTOCOL_PATH.search(relative) or re.search(
            r"[/\\](?:agencies|devices|\.staging)[/\\]", text
        ):
            leak("central-folder path")
    masked = _mask(text)
    braced = [name for name in _BRACED.findall(masked) if name in book.placeholders]
    if braced or _QT_PLACEHOLDER.search(masked):
        leak("unformatted placeholder")
    without_braces = re.sub(r"\{[^{}]*\}", " ", masked)
    if _SNAKE.search(without_braces):
        leak("internal key")
    if _PY_REPR.search(masked):
        leak("program value")
    words = [w.lower() for w in _WORD.findall(without_braces)]
    english = [w for w in words if w in ENGLISH_WORDS]
    if any(w not in AMBIGUOUS for w in english):
        leak(f"English word {sorted(set(english))}")
    return found


def find_leaks(
    texts: Iterable[VisibleText], *, allow: Iterable[str] = (), ignore_where: Iterable[str] = ()
) -> list[Leak]:
    """The leaks among `texts`; `allow` lists texts (exact) accepted on purpose,
    `ignore_where` substrings of a location to skip (a user's own content)."""
    allowed = set(allow)
    skipped = tuple(ignore_where)
    leaks: list[Leak] = []
    seen: set[tuple[str, str]] = set()
    for item in texts:
        if item.text in allowed or any(s in item.where for s in skipped):
            continue
        for found in leaks_in(item.text, item.where):
            key = (found.text, found.reason)
            if key not in seen:
                seen.add(key)
                leaks.append(found)
    return leaks


def leaks_on(
    root: QWidget,
    *,
    allow: Iterable[str] = (),
    ignore_where: Iterable[str] = (),
    every_tab: bool = True,
    settle: Callable[[], None] | None = None,
    max_rows: int = 40,
) -> list[Leak]:
    """The leaks a person could read on `root`, in every tab unless `every_tab` is off."""
    if every_tab:
        texts = visible_texts_in_every_tab(root, settle=settle, max_rows=max_rows)
    else:
        texts = visible_texts(root, max_rows=max_rows)
    return find_leaks(texts, allow=allow, ignore_where=ignore_where)


def assert_no_leaks(
    root: QWidget,
    *,
    allow: Iterable[str] = (),
    ignore_where: Iterable[str] = (),
    every_tab: bool = True,
    settle: Callable[[], None] | None = None,
    max_rows: int = 40,
) -> None:
    """Fail with every English or internal text a person could read on `root`."""
    leaks = leaks_on(
        root,
        allow=allow,
        ignore_where=ignore_where,
        every_tab=every_tab,
        settle=settle,
        max_rows=max_rows,
    )
    assert not leaks, f"{len(leaks)} text(s) not in Indonesian on {_name(root)}:\n" + "\n".join(
        f"  {leak}" for leak in leaks
    )


# -- Qt's own strings ----------------------------------------------------------------


_QT_INTERNAL_CONTEXTS = frozenset({"QGuiApplication", "QLibrary", "QTgaFile"})
# Reading a shortcut back from text makes Qt look up the name of every key it knows
# (media keys, Japanese input keys, …); only these can appear in this app's menus.
_KEY_NAMES = """
Ctrl Control Shift Alt Meta Num Del Delete Ins Insert Backspace Backtab Tab Return Enter
Esc Escape Home End PgUp PgDown Print Pause SysReq F%1 + Left Right Up Down Space Menu
"""
_SHOWN_KEY_NAMES = frozenset(_KEY_NAMES.split())


class QtLookupRecorder(QTranslator):
    """Installed last, it is asked first: it notes each lookup and answers as the
    installed catalogue does. (It cannot decline: an empty Python string reaches Qt
    as an empty translation, not as "not mine".)"""

    def __init__(self) -> None:
        super().__init__()
        self.lookups: set[tuple[str, str]] = set()

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        del disambiguation, n
        from medsos_desktop.i18n import load_catalog
        from medsos_desktop.ui.common.translation import current_language

        self.lookups.add((context, source))
        return load_catalog(current_language()).get((context, source), source)

    def isEmpty(self) -> bool:
        return False

    def __enter__(self) -> QtLookupRecorder:
        QCoreApplication.installTranslator(self)
        return self

    def __exit__(self, *exc: object) -> None:
        QCoreApplication.removeTranslator(self)

    def untranslated_qt(self, language: str = "id") -> list[tuple[str, str]]:
        """Qt's own lookups (contexts starting with Q) that have no translation."""
        from medsos_desktop.i18n import load_catalog

        book = load_catalog(language)
        # PySide's tr() also asks the Qt base classes for our own sources ("QWidget",
        # "Template"), translated or not yet: those are not Qt's strings.
        ours = {
            message.findtext("source", default="")
            for message in ET.parse(CATALOGUE).getroot().iter("message")
        }
        return sorted(
            (context, source)
            for context, source in self.lookups
            if context.startswith("Q")
            and (context, source) not in book
            and _has_words(re.sub(r"%\w+", "", source))
            and context not in _QT_INTERNAL_CONTEXTS
            and (context != "QShortcut" or source in _SHOWN_KEY_NAMES)
            and source not in ours
        )
