"""Template packages: a round trip for every built-in template, byte-identical exports, and
a generated corpus of hostile zips (hand-made attacks plus seeded mutations of a valid
package) that import refuses with a PackageError naming the file, without writing a thing."""

from __future__ import annotations

import ast
import builtins
import dataclasses
import io
import json
import os
import random
import struct
import tracemalloc
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image

from medsos_desktop.render import package as pkg
from medsos_desktop.render.package import (
    MANIFEST_NAME,
    PREVIEW_NAME,
    TEMPLATE_NAME,
    ImportedPackage,
    PackageError,
    export_package,
    import_package,
)
from medsos_desktop.render.spec import (
    TemplateSpec,
    TemplateSpecError,
    load_builtin_templates,
    parse_template,
    template_to_json,
)

NAME = "kiriman-dinas.zip"
SEED = 20251119
MUTANTS = 1500
BUILTINS = load_builtin_templates()
SPEC = BUILTINS[0]
TEMPLATE = template_to_json(SPEC).encode()
MANIFEST = json.dumps({"format": "medsos-template", "version": 1}).encode()


def _png(width: int = 32, height: int = 24, fmt: str = "PNG") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 40)).save(buffer, fmt)
    return buffer.getvalue()


PREVIEW = _png()

Member = tuple[str | zipfile.ZipInfo, bytes]


def _zip(members: list[Member], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip with exactly these members, duplicates and odd names included."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # "Duplicate name"
        with zipfile.ZipFile(buffer, "w", compression) as archive:
            for name, payload in members:
                archive.writestr(name, payload)
    return buffer.getvalue()


def _base(*extra: Member, template: bytes = TEMPLATE, manifest: bytes = MANIFEST) -> bytes:
    return _zip([(MANIFEST_NAME, manifest), (TEMPLATE_NAME, template), *extra])


def _info(
    name: str, mode: int = 0o100644, compression: int = zipfile.ZIP_DEFLATED
) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = mode << 16
    info.compress_type = compression
    return info


def _headers(data: bytes, member: bytes) -> Iterator[tuple[int, int]]:
    """(offset, kind) of the local (kind 30) and central (kind 46) headers of `member`."""
    for signature, size, name_len_at in ((b"PK\x03\x04", 30, 26), (b"PK\x01\x02", 46, 28)):
        start = 0
        while (at := data.find(signature, start)) >= 0:
            start = at + 4
            (length,) = struct.unpack_from("<H", data, at + name_len_at)
            if data[at + size : at + size + length] == member:
                yield at, size


def _patch(data: bytes, member: str | bytes, **fields: int) -> bytes:
    """Rewrite header fields of one member in both its local and central headers."""
    # field: (offset in local header, offset in central header, struct format)
    layout = {
        "flags": (6, 8, "<H"),
        "method": (8, 10, "<H"),
        "size": (22, 24, "<L"),
        "attr": (None, 38, "<L"),
    }
    out = bytearray(data)
    raw = member.encode() if isinstance(member, str) else member
    for at, kind in _headers(data, raw):
        for field, value in fields.items():
            local, central, fmt = layout[field]
            offset = local if kind == 30 else central
            if offset is not None:
                struct.pack_into(fmt, out, at + offset, value)
    return bytes(out)


def _rename(data: bytes, placeholder: str, raw: bytes) -> bytes:
    """Put bytes zipfile will not write (a NUL) into a member name of the same length."""
    assert len(placeholder.encode()) == len(raw)
    return data.replace(placeholder.encode(), raw)


def _eocd(data: bytes) -> int:
    return data.rfind(b"PK\x05\x06")


def _with_eocd(data: bytes, **fields: int) -> bytes:
    out = bytearray(data)
    at = _eocd(data)
    offsets = {"entries": (8, "<H"), "total": (10, "<H"), "cd_size": (12, "<L")}
    for field, value in fields.items():
        offset, fmt = offsets[field]
        struct.pack_into(fmt, out, at + offset, value)
    return bytes(out)


def _big_png_header() -> bytes:
    """A tiny PNG whose header claims 60000×60000 pixels, with a correct CRC."""
    data = bytearray(PREVIEW)
    struct.pack_into(">LL", data, 16, 60000, 60000)
    struct.pack_into(">L", data, 29, zlib.crc32(bytes(data[12:29])))
    return bytes(data)


# --- round trip and determinism -----------------------------------------------------------


@pytest.mark.parametrize("spec", BUILTINS, ids=[s.key for s in BUILTINS])
def test_every_builtin_template_round_trips(spec: TemplateSpec) -> None:
    data = export_package(spec)
    imported = import_package(data, f"{spec.key}.zip")
    assert imported == ImportedPackage(spec, None, False)
    assert export_package(imported.spec) == data
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.namelist() == [MANIFEST_NAME, TEMPLATE_NAME]
        manifest = json.loads(archive.read(MANIFEST_NAME))
    assert manifest["format"] == "medsos-template" and manifest["version"] == 1
    assert (manifest["key"], manifest["name"]) == (spec.key, spec.name)


def test_preview_round_trips_byte_for_byte() -> None:
    data = export_package(SPEC, PREVIEW)
    imported = import_package(data, NAME)
    assert imported.preview_png == PREVIEW and not imported.preview_dropped
    assert imported.spec == SPEC


def test_export_is_deterministic() -> None:
    first = export_package(SPEC, PREVIEW)
    assert export_package(SPEC, PREVIEW) == first
    assert export_package(parse_template(TEMPLATE), bytearray(PREVIEW)) == first
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        infos = archive.infolist()
    assert [i.filename for i in infos] == [MANIFEST_NAME, TEMPLATE_NAME, PREVIEW_NAME]
    for info in infos:
        assert info.date_time == (1980, 1, 1, 0, 0, 0)
        assert info.create_system == 3 and info.external_attr == 0o100644 << 16
        assert info.compress_type == zipfile.ZIP_STORED and not info.extra


def test_suggested_file_name_ends_with_the_suffix() -> None:
    assert pkg.package_filename(SPEC) == f"{SPEC.key}.medsos-template.zip"
    assert pkg.package_filename(SPEC).endswith(pkg.PACKAGE_SUFFIX)


def test_export_refuses_an_invalid_preview_or_spec() -> None:
    for bad in (b"", b"not a png", _png(fmt="JPEG"), _png(1025, 8), _big_png_header()):
        with pytest.raises(ValueError):
            export_package(SPEC, bad)
    broken = dataclasses.replace(SPEC, name="")
    with pytest.raises(PackageError) as caught:
        export_package(broken)
    assert caught.value.message == pkg.MSG_EXPORT_INVALID
    assert "name" in str(caught.value)


# --- hostile packages ---------------------------------------------------------------------


def _hostile() -> list[tuple[str, bytes, str]]:
    """(id, package bytes, the message it must be refused with)."""
    valid = export_package(SPEC, PREVIEW)
    deflated = _base()
    cases: list[tuple[str, bytes, str]] = [
        ("empty", b"", pkg.MSG_EMPTY),
        ("text", b"Pengumuman: rapat jam 9", pkg.MSG_NOT_ZIP),
        ("png", PREVIEW, pkg.MSG_NOT_ZIP),
        ("truncated-half", valid[: len(valid) // 2], pkg.MSG_NOT_ZIP),
        ("truncated-eocd", valid[:-5], pkg.MSG_NOT_ZIP),
        ("eocd-only", b"PK\x05\x06" + bytes(18), pkg.MSG_MISSING),
        ("over-5mb", valid + bytes(5 * 1024 * 1024), pkg.MSG_TOO_BIG),
        (
            "21-members",
            _base(*[(f"extra{i}.txt", b"x") for i in range(19)]),
            pkg.MSG_TOO_MANY,
        ),
        (
            "21-members-eocd-says-3",
            _with_eocd(_base(*[(f"extra{i}.txt", b"x") for i in range(19)]), entries=3, total=3),
            pkg.MSG_TOO_MANY,
        ),
        ("central-directory-size-lies", _with_eocd(deflated, cd_size=10**6), pkg.MSG_NOT_ZIP),
        (
            "zip64-locator",
            valid[: _eocd(valid)] + b"PK\x06\x07" + bytes(16) + valid[_eocd(valid) :],
            pkg.MSG_NOT_ZIP,
        ),
        (
            "template-over-2mb",
            _base(template=b" " * (2 * 1024 * 1024 + 1)),
            pkg.MSG_MEMBER_TOO_BIG,
        ),
        (
            "unknown-member-over-2mb",
            _base(("x.bin", bytes(3 * 1024 * 1024))),
            pkg.MSG_MEMBER_TOO_BIG,
        ),
        (
            "total-over-8mb",
            _base(*[(f"pad{i}.bin", bytes(1900 * 1024)) for i in range(5)]),
            pkg.MSG_TOTAL_TOO_BIG,
        ),
        (
            "bomb-declared-small",
            _patch(_base(template=b" " * (20 * 1024 * 1024)), TEMPLATE_NAME, size=1000),
            pkg.MSG_DAMAGED,
        ),
        (
            "bomb-declared-under-limit",
            _patch(_base(template=b" " * (20 * 1024 * 1024)), TEMPLATE_NAME, size=1_500_000),
            pkg.MSG_DAMAGED,
        ),
        (
            "manifest-over-64kb",
            _base(manifest=MANIFEST[:-1] + b"," + b" " * 70000 + b'"x": 1}'),
            pkg.MSG_MEMBER_TOO_BIG,
        ),
        ("damaged-data", _flip_inside(deflated, TEMPLATE_NAME), pkg.MSG_DAMAGED),
        (
            "nul-in-name",
            _rename(_base(("evilXjson", b"x")), "evilXjson", b"evil\x00json"),
            pkg.MSG_UNSAFE_NAME,
        ),
        (
            "nul-hides-template",
            _rename(
                _base(("template.jsonX.sh", b"x")), "template.jsonX.sh", b"template.json\x00.sh"
            ),
            pkg.MSG_UNSAFE_NAME,
        ),
        (
            "utf8-flag-invalid-name",
            _patch(_rename(_base(("evilX", b"x")), "evilX", b"evil\xff"), b"evil\xff", flags=0x800),
            pkg.MSG_NOT_ZIP,
        ),
    ]
    for unsafe in (
        "/template.json",
        "//server/share/x",
        "../template.json",
        "a/../../x.txt",
        "./template.json",
        "a//b",
        "dir\\x.json",
        "..\\..\\windows\\x",
        "C:/x.json",
        "C:x",
        "x:stream",
        "x\x01y",
        "x\x7fy",
        "",
        "a" * 300,
    ):
        cases.append((f"name-{unsafe[:20]!r}", _base((_info(unsafe), b"x")), pkg.MSG_UNSAFE_NAME))
    for label, mode in (("symlink", 0o120777), ("chardev", 0o020644), ("fifo", 0o010644)):
        cases.append((label, _base((_info("link", mode), b"../../etc/passwd")), pkg.MSG_LINK))
    template_link = _zip(
        [(MANIFEST_NAME, MANIFEST), (_info(TEMPLATE_NAME, 0o120777), b"/etc/passwd")]
    )
    cases.append(("template-is-symlink", template_link, pkg.MSG_LINK))
    reparse = _patch(_base(("junction", b"x")), "junction", attr=0x400 | 0x20)
    cases.append(("windows-reparse-point", reparse, pkg.MSG_LINK))
    cases += [
        ("duplicate", _base((TEMPLATE_NAME, b"{}")), pkg.MSG_DUPLICATE),
        ("duplicate-case", _base(("TEMPLATE.JSON", b"{}")), pkg.MSG_DUPLICATE),
        ("duplicate-dir-and-file", _base(("a/", b""), ("a", b"x")), pkg.MSG_DUPLICATE),
        ("no-template", _zip([(MANIFEST_NAME, MANIFEST)]), pkg.MSG_MISSING),
        ("no-manifest", _zip([(TEMPLATE_NAME, TEMPLATE)]), pkg.MSG_MISSING),
        (
            "in-a-folder",
            _zip([("pkg/" + MANIFEST_NAME, MANIFEST), ("pkg/" + TEMPLATE_NAME, TEMPLATE)]),
            pkg.MSG_MISSING,
        ),
        ("manifest-not-json", _base(manifest=b"format=medsos"), pkg.MSG_MANIFEST),
        ("manifest-not-utf8", _base(manifest=b'{"format": "\xff"}'), pkg.MSG_MANIFEST),
        ("manifest-list", _base(manifest=b"[]"), pkg.MSG_MANIFEST),
        ("manifest-deep", _base(manifest=b"[" * 60000), pkg.MSG_MANIFEST),
        ("manifest-no-format", _base(manifest=b'{"version": 1}'), pkg.MSG_MANIFEST),
        (
            "manifest-other-format",
            _base(manifest=b'{"format": "canva", "version": 1}'),
            pkg.MSG_FORMAT,
        ),
        ("manifest-format-number", _base(manifest=b'{"format": 7, "version": 1}'), pkg.MSG_FORMAT),
        (
            "manifest-newer",
            _base(manifest=b'{"format": "medsos-template", "version": 2}'),
            pkg.MSG_NEWER,
        ),
        (
            "manifest-version-text",
            _base(manifest=b'{"format": "medsos-template", "version": "1"}'),
            pkg.MSG_MANIFEST,
        ),
        (
            "manifest-version-bool",
            _base(manifest=b'{"format": "medsos-template", "version": true}'),
            pkg.MSG_MANIFEST,
        ),
        (
            "manifest-version-zero",
            _base(manifest=b'{"format": "medsos-template", "version": 0}'),
            pkg.MSG_MANIFEST,
        ),
        ("encrypted-template", _patch(deflated, TEMPLATE_NAME, flags=0x1), pkg.MSG_ENCRYPTED),
        ("encrypted-manifest", _patch(deflated, MANIFEST_NAME, flags=0x1), pkg.MSG_ENCRYPTED),
        (
            "bzip2",
            _zip(
                [
                    (MANIFEST_NAME, MANIFEST),
                    (_info(TEMPLATE_NAME, compression=zipfile.ZIP_BZIP2), TEMPLATE),
                ]
            ),
            pkg.MSG_COMPRESSION,
        ),
        (
            "lzma",
            _zip(
                [
                    (MANIFEST_NAME, MANIFEST),
                    (_info(TEMPLATE_NAME, compression=zipfile.ZIP_LZMA), TEMPLATE),
                ]
            ),
            pkg.MSG_COMPRESSION,
        ),
        ("aes-method-99", _patch(deflated, TEMPLATE_NAME, method=99), pkg.MSG_COMPRESSION),
        ("template-not-json", _base(template=b"<html>"), pkg.MSG_TEMPLATE),
        ("template-not-utf8", _base(template=b"\xff\xfe{}"), pkg.MSG_TEMPLATE),
        ("template-empty", _base(template=b""), pkg.MSG_TEMPLATE),
        ("template-wrong-fields", _base(template=b'{"spec_version": 1}'), pkg.MSG_TEMPLATE),
        (
            "template-too-large-for-spec",
            _base(template=b" " * (1024 * 1024 + 10)),
            pkg.MSG_TEMPLATE,
        ),
        ("template-deep", _base(template=b"[" * 100000), pkg.MSG_TEMPLATE),
    ]
    return cases


def _flip_inside(data: bytes, member: str) -> bytes:
    """Corrupt one byte in the middle of a member's compressed data."""
    at, _ = next(_headers(data, member.encode()))
    name_len, extra_len = struct.unpack_from("<HH", data, at + 26)
    (compressed,) = struct.unpack_from("<L", data, at + 18)
    middle = at + 30 + name_len + extra_len + compressed // 2
    return data[:middle] + bytes([data[middle] ^ 0x5A]) + data[middle + 1 :]


HOSTILE = _hostile()


@pytest.mark.parametrize(("data", "message"), [c[1:] for c in HOSTILE], ids=[c[0] for c in HOSTILE])
def test_hostile_package_is_refused_with_a_clear_message(data: bytes, message: str) -> None:
    with pytest.raises(PackageError) as caught:
        import_package(data, NAME)
    error = caught.value
    assert error.message == message, str(error)
    assert NAME in str(error) and error.render() == str(error)
    assert "\x00" not in str(error)


def test_spec_error_is_included_and_translated_with_the_package_error() -> None:
    with pytest.raises(PackageError) as caught:
        import_package(_base(template=b'{"spec_version": 1}'), NAME)
    reason = caught.value.params["reason"]
    assert isinstance(reason, TemplateSpecError)
    assert str(reason) in str(caught.value)

    def translate(context: str, text: str) -> str:
        return f"<{context}>{text}"

    shown = caught.value.render(translate)
    assert shown.startswith("<TemplatePackage>") and "<TemplateSpec>" in shown


def test_a_zip_bomb_is_refused_without_inflating_it() -> None:
    bomb = _patch(_base(template=b" " * (50 * 1024 * 1024)), TEMPLATE_NAME, size=2 * 1024 * 1024)
    tracemalloc.start()
    try:
        with pytest.raises(PackageError):
            import_package(bomb, NAME)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 12 * 1024 * 1024


def test_unknown_members_are_ignored_but_still_checked() -> None:
    data = _base(
        ("__MACOSX/", b""),
        ("__MACOSX/._template.json", b"\x00\x05\x16\x07"),
        (".DS_Store", bytes(64)),
        ("catatan.txt", b"Dibuat oleh Diskominfo"),
        (_info("arsip.bz2", compression=zipfile.ZIP_BZIP2), b"never read"),
    )
    data = _patch(data, "catatan.txt", flags=0x1)  # encrypted, but never read
    imported = import_package(data, NAME)
    assert imported.spec == SPEC and imported.preview_png is None


@pytest.mark.parametrize(
    "preview",
    [
        _png(fmt="JPEG"),
        _png(1025, 8),
        _png(8, 2000),
        _big_png_header(),
        PREVIEW[: len(PREVIEW) // 2],
        pkg.PNG_SIGNATURE + b"\x00" * 64,
        b"",
    ],
    ids=["jpeg", "too-wide", "too-tall", "bomb-header", "truncated", "signature-only", "empty"],
)
def test_a_bad_preview_is_dropped_not_refused(preview: bytes) -> None:
    imported = import_package(_base((PREVIEW_NAME, preview)), NAME)
    assert imported.spec == SPEC
    assert imported.preview_png is None and imported.preview_dropped


def test_an_unreadable_preview_is_dropped() -> None:
    encrypted = _patch(_base((PREVIEW_NAME, PREVIEW)), PREVIEW_NAME, flags=0x1)
    damaged = _flip_inside(_base((PREVIEW_NAME, PREVIEW)), PREVIEW_NAME)
    for data in (encrypted, damaged):
        imported = import_package(data, NAME)
        assert imported.preview_png is None and imported.preview_dropped


# --- a generated corpus: mutations of valid packages --------------------------------------


def _mutants(seed: int, count: int) -> Iterator[bytes]:
    rng = random.Random(seed)
    bases = [export_package(SPEC, PREVIEW), _base((PREVIEW_NAME, PREVIEW))]
    members = [MANIFEST, TEMPLATE, PREVIEW]
    for _ in range(count):
        if rng.random() < 0.3:  # damage a member's content, then zip it with correct CRCs
            payloads = list(members)
            which = rng.randrange(3)
            payload = bytearray(payloads[which])
            for _ in range(rng.randint(1, 4)):
                at = rng.randrange(len(payload))
                payload[at : at + rng.randint(1, 8)] = rng.randbytes(rng.randint(0, 8))
            payloads[which] = bytes(payload)
            yield _zip(
                list(zip((MANIFEST_NAME, TEMPLATE_NAME, PREVIEW_NAME), payloads, strict=True))
            )
            continue
        data = bytearray(rng.choice(bases))
        # The headers and the central directory are where a mutation does most damage.
        tail = rng.random() < 0.5
        for _ in range(rng.randint(1, 6)):
            low = len(data) - 400 if tail else 0
            at = rng.randrange(max(0, low), len(data))
            kind = rng.randrange(6)
            if kind == 0:
                data[at] ^= 1 << rng.randrange(8)
            elif kind == 1:
                data[at] = rng.choice((0x00, 0xFF, 0x7F, 0x80))
            elif kind == 2:
                data[at : at + 4] = struct.pack("<L", rng.choice((0, 1, 0xFFFF, 0xFFFFFFFF, 2**31)))
            elif kind == 3:
                del data[at : at + rng.randint(1, 64)]
            elif kind == 4:
                data[at:at] = rng.randbytes(rng.randint(1, 64))
            else:
                data = data[:at]
        yield bytes(data)


def _structured_mutants() -> Iterator[bytes]:
    """Every header byte of a small package set to 0x00 and to 0xFF in turn."""
    base = _base()
    regions: list[tuple[int, int]] = []
    for member in (MANIFEST_NAME, TEMPLATE_NAME):
        regions += [(at, at + size + len(member)) for at, size in _headers(base, member.encode())]
    regions.append((_eocd(base), len(base)))
    for start, end in regions:
        for at in range(start, end):
            for value in (0x00, 0xFF):
                if base[at] != value:
                    yield base[:at] + bytes([value]) + base[at + 1 :]


@pytest.fixture
def no_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Record any attempt to open or extract a file while importing."""
    import_package(export_package(SPEC, PREVIEW))  # let Pillow load its plugins first
    attempts: list[str] = []

    def spy(name: str, real: Callable[..., object]) -> Callable[..., object]:
        def wrapper(*args: object, **kwargs: object) -> object:
            attempts.append(f"{name}{args[:2]!r}")
            return real(*args, **kwargs)

        return wrapper

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(builtins, "open", spy("open", builtins.open))
    monkeypatch.setattr(io, "open", spy("io.open", io.open))
    monkeypatch.setattr(os, "open", spy("os.open", os.open))
    monkeypatch.setattr(zipfile.ZipFile, "extract", spy("extract", zipfile.ZipFile.extract))
    monkeypatch.setattr(
        zipfile.ZipFile, "extractall", spy("extractall", zipfile.ZipFile.extractall)
    )
    yield attempts
    assert list(tmp_path.iterdir()) == []


def _import_outcome(data: bytes) -> str:
    try:
        result = import_package(data, NAME)
    except PackageError as exc:
        assert NAME in str(exc)
        return "refused"
    assert isinstance(result.spec, TemplateSpec)
    return "imported"


def test_mutated_packages_raise_only_package_error_and_write_nothing(no_writes: list[str]) -> None:
    outcomes = [_import_outcome(m) for m in _mutants(SEED, MUTANTS)]
    outcomes += [_import_outcome(m) for m in _structured_mutants()]
    outcomes += [_import_outcome(c[1]) for c in HOSTILE]
    assert no_writes == []
    assert outcomes.count("refused") > len(outcomes) // 2
    assert "imported" in outcomes  # some bytes (times, comments) do not matter


def test_every_message_is_a_marked_literal_with_named_fields() -> None:
    tree = ast.parse(Path(pkg.__file__).read_text(encoding="utf-8"))
    found = 0
    for node in tree.body:
        if isinstance(node, ast.Assign) and node.targets[0].id.startswith("MSG_"):  # type: ignore[attr-defined]
            call = node.value
            assert isinstance(call, ast.Call) and call.func.id == "QT_TRANSLATE_NOOP"  # type: ignore[attr-defined]
            context, text = (a.value for a in call.args)  # type: ignore[attr-defined]
            assert context == "TemplatePackage"
            assert "{}" not in text and "{name}" in text
            found += 1
    assert found >= 15
