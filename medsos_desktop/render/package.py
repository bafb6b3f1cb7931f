"""One file per infographic template, so admins can share a design between agencies.

A package is an ordinary zip (`PACKAGE_SUFFIX` is ".zip": it survives WhatsApp, e-mail
gateways and shared drives with the right type, and anyone can look inside; the
content, not the extension, decides whether a file is a package). It holds, at the
top level:

- ``medsos-template.json``: a small manifest ``{"format": "medsos-template",
  "version": 1, "key", "name", "spec_version", "app_version"}``. Only ``format`` and
  ``version`` are checked; the other keys are for people and later versions, and
  ``template.json`` is authoritative.
- ``template.json``: `template_to_json` of the spec.
- ``preview.png`` (optional): a thumbnail, at most 1024×1024 pixels.

Templates bind images, logos and fonts to the brand kit and to post fields, so a
package carries no other assets.

Export is deterministic (fixed timestamps, permissions and member order, members
stored uncompressed so no zlib build can change a byte): the same template gives
the same bytes, on every platform.

Import treats the file as hostile. It is read in memory only (nothing is ever
extracted or written to disk) and refused with a `PackageError` naming the file
when it is empty, not a zip, truncated or damaged, over 5 MB, has more than 20
members, a member over 2 MB unpacked or 8 MB in all (declared sizes are checked
first, and every read is capped, so a lying header or a zip bomb cannot exhaust
memory), a member name that is absolute or has ``..``, a backslash, a drive letter
or a control character, a link or special file, two members with the same name
(ignoring case), a missing manifest or template, a manifest of another format or a
newer version, an encrypted or oddly compressed member, or a template that
`parse_template` refuses (its message is included). Unknown members — say the
``__MACOSX/`` folder a Mac adds when re-zipping — are ignored: never read, but they
must pass the name, type, count and size checks like the rest. A preview that is
not a real, small PNG is dropped (`ImportedPackage.preview_dropped`), not refused:
it is only decoration and the gallery can render its own thumbnail.
"""

from __future__ import annotations

import io
import json
import stat
import struct
import warnings
import zipfile
import zlib
from dataclasses import dataclass
from typing import Any

from medsos_desktop import __version__
from medsos_desktop.domain.text import (
    QT_TRANSLATE_NOOP,
    Translate,
    UserFacingError,
    render_message,
)
from medsos_desktop.render.spec import (
    TemplateSpec,
    TemplateSpecError,
    parse_template,
    template_to_json,
)

PACKAGE_SUFFIX = ".zip"
PACKAGE_FORMAT = "medsos-template"
PACKAGE_VERSION = 1
MANIFEST_NAME = "medsos-template.json"
TEMPLATE_NAME = "template.json"
PREVIEW_NAME = "preview.png"

MAX_PACKAGE_BYTES = 5 * 1024 * 1024
MAX_MEMBERS = 20
MAX_MEMBER_BYTES = 2 * 1024 * 1024
MAX_TOTAL_BYTES = 8 * 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024
MAX_NAME_CHARS = 255
# 20 central-directory entries with generous names and extra fields fit easily; a larger
# directory means a file built to make zipfile allocate before the member count is seen.
MAX_CENTRAL_DIRECTORY_BYTES = 64 * 1024
MAX_PREVIEW_SIDE = 1024
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# 1980-01-01 is the earliest time a zip can record; any fixed value keeps exports identical.
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)
_UNIX = 3
_FILE_MODE = stat.S_IFREG | 0o644
_READ_CHUNK = 64 * 1024
_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_EOCD_SIZE = 22
_DOS_REPARSE_POINT = 0x400  # a Windows symlink or junction
_READ_COMPRESSION = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
# What zipfile and zlib raise on a damaged or hostile archive.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    OSError,
    EOFError,
    ValueError,  # includes UnicodeDecodeError of a UTF-8-flagged name
    struct.error,
    NotImplementedError,
    RuntimeError,
    IndexError,
    KeyError,
)

_CTX = "TemplatePackage"
MSG_EMPTY = QT_TRANSLATE_NOOP("TemplatePackage", "{name} is empty; it is not a template package.")
MSG_TOO_BIG = QT_TRANSLATE_NOOP(
    "TemplatePackage",
    "{name} is {size_kb} KB; template packages up to {limit_kb} KB can be imported.",
)
MSG_NOT_ZIP = QT_TRANSLATE_NOOP(
    "TemplatePackage",
    "{name} is not a template package exported from Medsos Desktop, or it is damaged "
    "(it may not have finished copying). Export the template again and retry.",
)
MSG_DAMAGED = QT_TRANSLATE_NOOP(
    "TemplatePackage",
    "{name} is damaged: {member} inside it cannot be read. Export the template again and retry.",
)
MSG_TOO_MANY = QT_TRANSLATE_NOOP(
    "TemplatePackage",
    "{name} holds {count} files; a template package holds at most {max}.",
)
MSG_MEMBER_TOO_BIG = QT_TRANSLATE_NOOP(
    "TemplatePackage",
    "{name}: {member} is larger than {limit_kb} KB unpacked, which no template needs.",
)
MSG_TOTAL_TOO_BIG = QT_TRANSLATE_NOOP(
    "TemplatePackage",
    "{name} unpacks to {size_kb} KB; a template package may unpack to at most {limit_kb} KB.",
)
MSG_UNSAFE_NAME = QT_TRANSLATE_NOOP(
    "TemplatePackage",
    "{name} contains a file named {member}, which could point outside its folder "
    "(absolute paths, .., backslashes, drive letters and control characters are refused).",
)
MSG_LINK = QT_TRANSLATE_NOOP(
    "TemplatePackage",
    "{name} contains {member}, a link or special file; template packages hold only ordinary files.",
)
MSG_DUPLICATE = QT_TRANSLATE_NOOP(
    "TemplatePackage", "{name} contains two files named {member}, so it was refused."
)
MSG_ENCRYPTED = QT_TRANSLATE_NOOP(
    "TemplatePackage",
    "{name}: {member} is password-protected; template packages are never encrypted.",
)
MSG_COMPRESSION = QT_TRANSLATE_NOOP(
    "TemplatePackage",
    "{name}: {member} is compressed with a method Medsos Desktop does not read. Make the "
    "zip again with ordinary compression.",
)
MSG_MISSING = QT_TRANSLATE_NOOP(
    "TemplatePackage",
    "{name} is not a Medsos Desktop template package: {member} is missing from its top level.",
)
MSG_MANIFEST = QT_TRANSLATE_NOOP(
    "TemplatePackage",
    "{name}: {member} is damaged (it must be a JSON object with format and version).",
)
MSG_FORMAT = QT_TRANSLATE_NOOP(
    "TemplatePackage",
    "{name} is not a Medsos Desktop template package: its {member} describes a {format} file.",
)
MSG_NEWER = QT_TRANSLATE_NOOP(
    "TemplatePackage",
    "{name} was made by a newer Medsos Desktop (package version {found}; this version "
    "reads up to {supported}). Update the app to import it.",
)
MSG_TEMPLATE = QT_TRANSLATE_NOOP(
    "TemplatePackage", "{name}: the template inside is not valid: {reason}"
)
MSG_EXPORT_INVALID = QT_TRANSLATE_NOOP(
    "TemplatePackage", "The template {name} cannot be exported: {reason}"
)


class PackageError(UserFacingError):
    """A template package refused on import (or a template that cannot be exported)."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(_CTX, message, **params)

    def render(self, translate: Translate | None = None) -> str:
        """Translate nested errors (the template's own message) along with this one."""
        params = {
            k: v.render(translate) if isinstance(v, UserFacingError) else v
            for k, v in self.params.items()
        }
        return render_message(self.message, params, self.context, translate)


@dataclass(frozen=True)
class ImportedPackage:
    spec: TemplateSpec
    preview_png: bytes | None
    # True when the package had a preview that was not a real, small PNG.
    preview_dropped: bool = False


def package_filename(spec: TemplateSpec) -> str:
    """A file name that says what it is among other zips in Downloads."""
    return f"{spec.key}.{PACKAGE_FORMAT}{PACKAGE_SUFFIX}"


# --- export ---------------------------------------------------------------------------


def _member(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
    info.compress_type = zipfile.ZIP_STORED
    info.create_system = _UNIX  # ZipInfo picks 0 on Windows; fix it so bytes match everywhere
    info.external_attr = _FILE_MODE << 16
    return info


def export_package(spec: TemplateSpec, preview_png: bytes | None = None) -> bytes:
    """The package bytes; the same template and preview give the same bytes.

    The spec is validated first so an export never produces a file that import
    refuses. A preview that is not a PNG of at most 1024×1024 pixels is a programming
    error (the app renders it) and raises ValueError.
    """
    template = template_to_json(spec).encode("utf-8")
    try:
        parse_template(template)
    except TemplateSpecError as exc:
        raise PackageError(MSG_EXPORT_INVALID, name=spec.name, reason=exc) from exc
    if preview_png is not None and not _preview_ok(preview_png):
        raise ValueError(
            f"preview_png must be a PNG of at most {MAX_PREVIEW_SIDE}×{MAX_PREVIEW_SIDE} "
            f"pixels and {MAX_MEMBER_BYTES} bytes"
        )
    manifest = {
        "format": PACKAGE_FORMAT,
        "version": PACKAGE_VERSION,
        "key": spec.key,
        "name": spec.name,
        "spec_version": spec.spec_version,
        "app_version": __version__,
    }
    members = [
        (MANIFEST_NAME, (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode()),
        (TEMPLATE_NAME, template),
    ]
    if preview_png is not None:
        members.append((PREVIEW_NAME, bytes(preview_png)))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name, payload in members:
            archive.writestr(_member(name), payload)
    return buffer.getvalue()


# --- import ---------------------------------------------------------------------------


def _show(member: str) -> str:
    """A hostile member name, made safe and short enough to put in a message."""
    shown = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in member)
    return shown if len(shown) <= 80 else shown[:77] + "..."


def _check_end_record(data: bytes, name: str) -> None:
    """Bound the central directory before zipfile builds one object per entry.

    Mirrors how zipfile finds the end record: at the very end, else the last one
    within the longest possible comment.
    """
    if data[-_EOCD_SIZE : -_EOCD_SIZE + 4] == _EOCD and data[-2:] == b"\0\0":
        position = len(data) - _EOCD_SIZE
    else:
        position = data.rfind(_EOCD, max(0, len(data) - _EOCD_SIZE - 0xFFFF))
    if position < 0 or len(data) - position < _EOCD_SIZE:
        raise PackageError(MSG_NOT_ZIP, name=name)
    if position >= 20 and data[position - 20 : position - 16] == _EOCD64_LOCATOR:
        raise PackageError(MSG_NOT_ZIP, name=name)  # zip64: never needed for a template
    entries, cd_size = struct.unpack_from("<HL", data, position + 10)
    if entries > MAX_MEMBERS:
        raise PackageError(MSG_TOO_MANY, name=name, count=entries, max=MAX_MEMBERS)
    if cd_size > MAX_CENTRAL_DIRECTORY_BYTES:
        raise PackageError(MSG_NOT_ZIP, name=name)


def _name_unsafe(raw: str) -> bool:
    if not raw or len(raw) > MAX_NAME_CHARS:
        return True
    if raw.startswith("/") or "\\" in raw or ":" in raw:  # ':' covers C:, C:\ and streams
        return True
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in raw):  # NUL and other controls
        return True
    body = raw[:-1] if raw.endswith("/") else raw
    return any(part in ("", ".", "..") for part in body.split("/"))


def _special(info: zipfile.ZipInfo) -> bool:
    """A symlink, device or pipe by its Unix mode bits, or a Windows reparse point."""
    kind = stat.S_IFMT(info.external_attr >> 16)
    return kind not in (0, stat.S_IFREG, stat.S_IFDIR) or bool(
        info.external_attr & _DOS_REPARSE_POINT
    )


def _check_members(infos: list[zipfile.ZipInfo], name: str) -> dict[str, zipfile.ZipInfo]:
    """Every member, read or not, passes the count, name, type and size checks."""
    if len(infos) > MAX_MEMBERS:
        raise PackageError(MSG_TOO_MANY, name=name, count=len(infos), max=MAX_MEMBERS)
    seen: set[str] = set()
    by_name: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        raw = info.orig_filename  # .filename is cut at a NUL; the original is not
        if _name_unsafe(raw):
            raise PackageError(MSG_UNSAFE_NAME, name=name, member=_show(raw))
        if _special(info):
            raise PackageError(MSG_LINK, name=name, member=_show(raw))
        folded = raw.rstrip("/").casefold()
        if folded in seen:
            raise PackageError(MSG_DUPLICATE, name=name, member=_show(raw))
        seen.add(folded)
        if info.file_size > MAX_MEMBER_BYTES:
            raise PackageError(
                MSG_MEMBER_TOO_BIG, name=name, member=_show(raw), limit_kb=MAX_MEMBER_BYTES // 1024
            )
        total += info.file_size
        if not raw.endswith("/"):
            by_name[raw] = info
    if total > MAX_TOTAL_BYTES:
        raise PackageError(
            MSG_TOTAL_TOO_BIG, name=name, size_kb=total // 1024, limit_kb=MAX_TOTAL_BYTES // 1024
        )
    return by_name


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, limit: int) -> bytes:
    """A member's bytes, never more than its declared size or `limit`, whatever the data."""
    member = _show(info.orig_filename)
    if info.flag_bits & 0x1:
        raise PackageError(MSG_ENCRYPTED, name=name, member=member)
    if info.compress_type not in _READ_COMPRESSION:
        raise PackageError(MSG_COMPRESSION, name=name, member=member)
    cap = min(info.file_size, limit)
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_READ_CHUNK):
                size += len(chunk)
                if size > cap:
                    raise PackageError(
                        MSG_MEMBER_TOO_BIG, name=name, member=member, limit_kb=limit // 1024
                    )
                chunks.append(chunk)
    except _ZIP_ERRORS as exc:  # CRC mismatch, truncated data, bad local header...
        raise PackageError(MSG_DAMAGED, name=name, member=member) from exc
    return b"".join(chunks)


def _check_manifest(raw: bytes, name: str) -> None:
    try:
        manifest: Any = json.loads(raw.decode("utf-8-sig"))
    except (ValueError, RecursionError) as exc:
        raise PackageError(MSG_MANIFEST, name=name, member=MANIFEST_NAME) from exc
    if not isinstance(manifest, dict) or "format" not in manifest:
        raise PackageError(MSG_MANIFEST, name=name, member=MANIFEST_NAME)
    if manifest["format"] != PACKAGE_FORMAT:
        found = manifest["format"]
        shown = _show(found) if isinstance(found, str) else type(found).__name__
        raise PackageError(MSG_FORMAT, name=name, member=MANIFEST_NAME, format=shown)
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PackageError(MSG_MANIFEST, name=name, member=MANIFEST_NAME)
    if version > PACKAGE_VERSION:
        raise PackageError(MSG_NEWER, name=name, found=version, supported=PACKAGE_VERSION)


def _preview_ok(data: bytes) -> bool:
    """A real PNG, small in bytes and pixels; its size is read before any pixel is decoded."""
    if len(data) > MAX_MEMBER_BYTES or not data.startswith(PNG_SIGNATURE):
        return False
    from PIL import Image  # not at module level: importing Pillow slows the app's start

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=("PNG",)) as image:
                width, height = image.size
                if not (0 < width <= MAX_PREVIEW_SIDE and 0 < height <= MAX_PREVIEW_SIDE):
                    return False
                image.load()
    # Pillow's decoders raise many types on hostile data (OSError, SyntaxError, ValueError,
    # struct.error, ...); the preview is optional, so any failure only drops it.
    except Exception:
        return False
    return True


def import_package(data: bytes, name: str = "template") -> ImportedPackage:
    """Read a package from memory; refuses anything doubtful with a PackageError naming `name`."""
    data = bytes(data)
    if not data:
        raise PackageError(MSG_EMPTY, name=name)
    if len(data) > MAX_PACKAGE_BYTES:
        raise PackageError(
            MSG_TOO_BIG,
            name=name,
            size_kb=len(data) // 1024,
            limit_kb=MAX_PACKAGE_BYTES // 1024,
        )
    _check_end_record(data, name)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _ZIP_ERRORS as exc:
        raise PackageError(MSG_NOT_ZIP, name=name) from exc
    with archive:
        members = _check_members(archive.infolist(), name)
        for required in (MANIFEST_NAME, TEMPLATE_NAME):
            if required not in members:
                raise PackageError(MSG_MISSING, name=name, member=required)
        _check_manifest(_read(archive, members[MANIFEST_NAME], name, MAX_MANIFEST_BYTES), name)
        template = _read(archive, members[TEMPLATE_NAME], name, MAX_MEMBER_BYTES)
        try:
            spec = parse_template(template)
        except TemplateSpecError as exc:
            raise PackageError(MSG_TEMPLATE, name=name, reason=exc) from exc
        preview: bytes | None = None
        dropped = False
        if PREVIEW_NAME in members:
            try:
                preview = _read(archive, members[PREVIEW_NAME], name, MAX_MEMBER_BYTES)
            except PackageError:
                preview = None
            if preview is None or not _preview_ok(preview):
                preview, dropped = None, True
    return ImportedPackage(spec, preview, dropped)
