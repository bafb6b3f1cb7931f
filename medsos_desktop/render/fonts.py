"""Fonts: the bundled open-licence fonts, users' own fonts from the blob store, checks.

A font reference is "bundled:<file in resources/fonts>" or "blob:<sha256>". Text is
drawn with the chosen font, then Noto Sans for characters it lacks, then the colour
emoji font; a character none of them has is reported by the engine, never drawn as
an empty box. Glyph presence is found with Pillow alone (fontTools is not a
dependency): a character is missing when FreeType renders it exactly like a
codepoint no font has (U+10FFFF), which it maps to .notdef.
"""

from __future__ import annotations

import io
import struct
import threading
import unicodedata
import weakref
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageFont, features

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError
from medsos_desktop.fileio import read_input_file
from medsos_desktop.paths import resource_path

LoadBlob = Callable[[str], bytes | None]

BUNDLED = "bundled:"
BLOB = "blob:"
MAX_FONT_BYTES = 20 * 1024 * 1024
EMOJI_FILE = "NotoColorEmoji.ttf"
EMOJI_SIZE = 109  # the only size NotoColorEmoji's bitmaps (CBDT) come in
FALLBACK_REGULAR = "NotoSans-Regular.ttf"
FALLBACK_BOLD = "NotoSans-Bold.ttf"

# Files in resources/fonts, for pickers: (file, family, style).
BUNDLED_FONTS: tuple[tuple[str, str, str], ...] = (
    ("Inter-Regular.otf", "Inter", "Regular"),
    ("Inter-SemiBold.otf", "Inter", "SemiBold"),
    ("Inter-Bold.otf", "Inter", "Bold"),
    ("Inter-ExtraBold.otf", "Inter", "ExtraBold"),
    ("NotoSans-Regular.ttf", "Noto Sans", "Regular"),
    ("NotoSans-Bold.ttf", "Noto Sans", "Bold"),
    ("NotoSans-Italic.ttf", "Noto Sans", "Italic"),
    ("Lato-Regular.ttf", "Lato", "Regular"),
    ("Lato-Bold.ttf", "Lato", "Bold"),
)

# What an Indonesian text needs at the very least.
BASIC_LATIN = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" + ".,:;!?()-'\"/%&@#+"
)
# Never drawn and never "missing": joiners, variation selectors, bidi marks, BOM.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\ufe0e\ufe0f\u00ad")
_NOTDEF_PROBE = "\U0010ffff"
_HAS_RAQM = bool(features.check("raqm"))
_PROBE_SIZE = 32

_CTX = "Font"
MSG_EMPTY = QT_TRANSLATE_NOOP("Font", "{name} is empty.")
MSG_TOO_BIG = QT_TRANSLATE_NOOP(
    "Font", "{name} is {size_mb} MB; font files up to {limit_mb} MB can be added."
)
MSG_NOT_FONT = QT_TRANSLATE_NOOP(
    "Font", "{name} is not a font file. Add a TrueType (.ttf) or OpenType (.otf) font."
)
MSG_BROKEN = QT_TRANSLATE_NOOP(
    "Font", "{name} is damaged or incomplete and cannot be used. Try the original file again."
)
MSG_NO_LATIN = QT_TRANSLATE_NOOP(
    "Font",
    "{name} cannot write Indonesian text: it lacks the characters {missing}. Choose a font "
    "that covers the Latin alphabet.",
)
MSG_NOT_FOUND = QT_TRANSLATE_NOOP("Font", "The font {ref} is not available on this computer.")


class FontError(UserFacingError):
    def __init__(self, message: str, **params: object) -> None:
        super().__init__(_CTX, message, **params)


@dataclass(frozen=True)
class FontInfo:
    family: str
    style: str
    glyph_count: int


_SFNT_MAGIC = (b"\x00\x01\x00\x00", b"OTTO", b"true", b"ttcf")


def _glyph_count(data: bytes) -> int:
    """numGlyphs from the 'maxp' table (the first font of a collection); 0 if unreadable."""
    try:
        offset = 0
        if data[:4] == b"ttcf":
            offset = struct.unpack_from(">I", data, 12)[0]
        num_tables = struct.unpack_from(">H", data, offset + 4)[0]
        for i in range(min(num_tables, 512)):
            record = offset + 12 + 16 * i
            tag, _checksum, table_offset, _length = struct.unpack_from(">4sIII", data, record)
            if tag == b"maxp":
                return int(struct.unpack_from(">H", data, table_offset + 4)[0])
    except struct.error:
        return 0
    return 0


def _load(source: str | Path | bytes, size: int) -> ImageFont.FreeTypeFont:
    # Raqm (HarfBuzz) where Pillow has it: it shapes emoji sequences and complex scripts,
    # and measures TrueType text about ten times faster than the basic layout, which
    # loads every hinted glyph just to learn its advance.
    engine = ImageFont.Layout.RAQM if _HAS_RAQM else ImageFont.Layout.BASIC
    src = io.BytesIO(source) if isinstance(source, bytes) else str(source)
    return ImageFont.truetype(src, size, layout_engine=engine)


def read_font_file(path: Path | str) -> bytes:
    """A font file the user chose, read bounded (InputFileError for a pipe, a device or
    a file over MAX_FONT_BYTES, before it is read)."""
    return read_input_file(path, MAX_FONT_BYTES)


def validate_font(data: bytes, name: str) -> FontInfo:
    """Check a user's font file before it is stored; FontError says what is wrong with it."""
    if not data:
        raise FontError(MSG_EMPTY, name=name)
    if len(data) > MAX_FONT_BYTES:
        raise FontError(
            MSG_TOO_BIG,
            name=name,
            size_mb=round(len(data) / 2**20, 1),
            limit_mb=MAX_FONT_BYTES // 2**20,
        )
    if data[:4] not in _SFNT_MAGIC:
        raise FontError(MSG_NOT_FONT, name=name)
    font = None
    for size in (_PROBE_SIZE, EMOJI_SIZE):  # bitmap-only fonts load at their strike size
        try:
            font = _load(data, size)
            family, style = font.getname()
            font.getbbox("Ag")
            break
        except (OSError, ValueError, MemoryError):
            font = None
    if font is None:
        raise FontError(MSG_BROKEN, name=name)
    try:
        missing = missing_glyphs(BASIC_LATIN, font)
    except (OSError, ValueError) as exc:
        raise FontError(MSG_BROKEN, name=name) from exc
    if missing:
        raise FontError(MSG_NO_LATIN, name=name, missing=" ".join(sorted(missing)))
    return FontInfo(family or name, style or "Regular", _glyph_count(data))


# --- glyph presence -------------------------------------------------------------------

_Signature = tuple[tuple[int, int], tuple[int, int], bytes]
_presence: weakref.WeakKeyDictionary[ImageFont.FreeTypeFont, dict[str, bool]] = (
    weakref.WeakKeyDictionary()
)
_notdef: weakref.WeakKeyDictionary[ImageFont.FreeTypeFont, _Signature] = weakref.WeakKeyDictionary()
_presence_lock = threading.Lock()


def _signature(font: ImageFont.FreeTypeFont, ch: str) -> _Signature:
    core, offset = font.getmask2(ch, mode="L")
    return core.size, offset, Image.Image()._new(core).tobytes()


def is_invisible(ch: str) -> bool:
    """Characters that take no space and are not meant to be seen."""
    return ch in _INVISIBLE or unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")


def has_glyph(font: ImageFont.FreeTypeFont, ch: str) -> bool:
    """Whether `font` draws `ch` as itself rather than as its .notdef box."""
    with _presence_lock:
        known = _presence.setdefault(font, {})
        if ch in known:
            return known[ch]
        if font not in _notdef:
            _notdef[font] = _signature(font, _NOTDEF_PROBE)
        notdef = _notdef[font]
    present = ch.isspace() or _signature(font, ch) != notdef
    with _presence_lock:
        known[ch] = present
    return present


def missing_glyphs(text: str, font: ImageFont.FreeTypeFont) -> set[str]:
    """Characters of `text` that `font` would draw as .notdef (spaces and joiners excluded)."""
    return {ch for ch in set(text) if not is_invisible(ch) and not has_glyph(font, ch)}


# --- the registry ---------------------------------------------------------------------


def is_bold_ref(ref: str) -> bool:
    lowered = ref.lower()
    return any(w in lowered for w in ("bold", "black", "heavy", "semibold", "extrabold"))


class FontRegistry:
    """Resolves font references to cached FreeType fonts.

    Not for concurrent use by several threads: FreeType faces are not thread-safe, so
    each rendering thread keeps its own registry (the engine's default does).
    """

    def __init__(
        self,
        load_blob: LoadBlob | None = None,
        *,
        fonts_dir: Path | None = None,
        max_cached: int = 160,
    ) -> None:
        self.load_blob = load_blob
        self.fonts_dir = fonts_dir or resource_path("fonts")
        self._max = max_cached
        self._fonts: OrderedDict[tuple[str, int], ImageFont.FreeTypeFont] = OrderedDict()
        self._sources: dict[str, Path | bytes] = {}
        self._emoji: ImageFont.FreeTypeFont | None = None
        self._emoji_checked = False

    def _source(self, ref: str) -> Path | bytes:
        cached = self._sources.get(ref)
        if cached is not None:
            return cached
        if ref.startswith(BUNDLED):
            source: Path | bytes = self._bundled_path(ref[len(BUNDLED) :], ref)
        elif ref.startswith(BLOB) and self.load_blob is not None:
            sha = ref[len(BLOB) :]
            try:
                data = self.load_blob(sha)
            except (OSError, ValueError) as exc:
                raise FontError(MSG_NOT_FOUND, ref=ref) from exc
            if data is None:
                raise FontError(MSG_NOT_FOUND, ref=ref)
            validate_font(data, ref)
            source = data
        else:
            raise FontError(MSG_NOT_FOUND, ref=ref)
        self._sources[ref] = source
        return source

    def _bundled_path(self, file_name: str, ref: str) -> Path:
        if not file_name or "/" in file_name or "\\" in file_name or file_name.startswith("."):
            raise FontError(MSG_NOT_FOUND, ref=ref)
        path = self.fonts_dir / file_name
        if path.is_file():
            return path
        # The Inter files ship as OpenType (.otf); older references say .ttf.
        stem = Path(file_name).stem
        for suffix in (".otf", ".ttf"):
            alternative = self.fonts_dir / (stem + suffix)
            if alternative.is_file():
                return alternative
        raise FontError(MSG_NOT_FOUND, ref=ref)

    def font(self, ref: str, size: int) -> ImageFont.FreeTypeFont:
        """The font at a pixel size; FontError if the reference cannot be resolved or read."""
        size = max(1, min(int(size), 2000))
        key = (ref, size)
        font = self._fonts.get(key)
        if font is not None:
            self._fonts.move_to_end(key)
            return font
        source = self._source(ref)
        try:
            font = _load(source, size)
        except (OSError, ValueError) as exc:
            raise FontError(MSG_BROKEN, name=ref) from exc
        self._fonts[key] = font
        if len(self._fonts) > self._max:
            self._fonts.popitem(last=False)
        return font

    def fallback_ref(self, ref: str) -> str:
        """Noto Sans in the weight closest to `ref`: covers what user fonts may lack."""
        return BUNDLED + (FALLBACK_BOLD if is_bold_ref(ref) else FALLBACK_REGULAR)

    def emoji_font(self) -> ImageFont.FreeTypeFont | None:
        """The colour emoji font at its one size; None if it is not bundled in this build."""
        if not self._emoji_checked:
            self._emoji_checked = True
            path = self.fonts_dir / EMOJI_FILE
            try:
                self._emoji = _load(path, EMOJI_SIZE) if path.is_file() else None
            except OSError:
                self._emoji = None
        return self._emoji


_local = threading.local()


def default_registry(load_blob: LoadBlob | None) -> FontRegistry:
    """This thread's shared registry, so that bundled fonts load once per thread."""
    registry: FontRegistry | None = getattr(_local, "registry", None)
    if registry is None:
        registry = _local.registry = FontRegistry(load_blob)
    elif registry.load_blob != load_blob:
        registry.load_blob = load_blob
        registry._sources = {k: v for k, v in registry._sources.items() if k.startswith(BUNDLED)}
        for key in [k for k in registry._fonts if k[0].startswith(BLOB)]:
            del registry._fonts[key]
    return registry
