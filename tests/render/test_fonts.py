"""Fonts: the bundled files and their licences, the registry, checks on users' fonts."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
from PIL import Image, ImageFont

from medsos_desktop.domain.brand import DEFAULT_BODY_FONT, DEFAULT_HEADING_FONT
from medsos_desktop.paths import resource_path
from medsos_desktop.render.fonts import (
    BASIC_LATIN,
    BUNDLED_FONTS,
    EMOJI_FILE,
    EMOJI_SIZE,
    MAX_FONT_BYTES,
    FontError,
    FontRegistry,
    has_glyph,
    missing_glyphs,
    validate_font,
)

FONTS = resource_path("fonts")
INDONESIAN = "Pengumuman: Pelayanan KTP-el dibuka (Sabtu, 08.00–12.00 WIB) di Mal Pelayanan Publik!"


def _bytes(name: str) -> bytes:
    return (FONTS / name).read_bytes()


@pytest.mark.parametrize(("file_name", "family", "style"), BUNDLED_FONTS)
def test_bundled_fonts_validate_and_cover_indonesian(
    file_name: str, family: str, style: str
) -> None:
    info = validate_font(_bytes(file_name), file_name)
    assert info.family == family
    assert info.style.replace(" ", "") == style
    assert info.glyph_count > 200
    font = FontRegistry().font(f"bundled:{file_name}", 32)
    assert missing_glyphs(INDONESIAN + "éèÉ", font) == set()


def test_every_family_has_its_licence_and_the_readme_lists_every_file() -> None:
    readme = (FONTS / "README.md").read_text(encoding="utf-8")
    files = {p.name for p in FONTS.iterdir() if p.suffix in {".ttf", ".otf"}}
    assert {f for f, _, _ in BUNDLED_FONTS} | {EMOJI_FILE} == files
    for name in files:
        assert f"`{name}`" in readme
    for family in ("Inter", "NotoSans", "Lato", "NotoColorEmoji"):
        licence = (FONTS / f"LICENSE-{family}.txt").read_text(encoding="utf-8")
        assert (
            "SIL OPEN FONT LICENSE" in licence.upper().replace("\n", " ")
            or "Open Font License" in licence
        )
        assert "PERMISSION & CONDITIONS" in licence


def test_brand_defaults_resolve_even_when_they_say_ttf() -> None:
    registry = FontRegistry()
    heading = registry.font(DEFAULT_HEADING_FONT, 40)
    assert heading.getname() == ("Inter", "Bold")
    assert registry.font(DEFAULT_BODY_FONT, 40).getname()[0] == "Noto Sans"


def test_registry_caches_fonts() -> None:
    registry = FontRegistry()
    assert registry.font("bundled:Lato-Bold.ttf", 30) is registry.font("bundled:Lato-Bold.ttf", 30)


def test_blob_fonts_come_through_load_blob() -> None:
    data = _bytes("Lato-Regular.ttf")
    asked: list[str] = []

    def load(sha: str) -> bytes | None:
        asked.append(sha)
        return data if sha == "abc" else None

    registry = FontRegistry(load)
    assert registry.font("blob:abc", 24).getname() == ("Lato", "Regular")
    registry.font("blob:abc", 30)
    assert asked == ["abc"]  # the bytes are read once
    with pytest.raises(FontError):
        registry.font("blob:missing", 24)


@pytest.mark.parametrize(
    "ref",
    [
        "bundled:../../etc/passwd",
        "bundled:/etc/passwd",
        "bundled:..\\secret.ttf",
        "bundled:",
        "bundled:Nope.ttf",
        "system:Arial",
        "",
        "blob:abc",  # no load_blob given
    ],
)
def test_unresolvable_references_raise_font_error(ref: str) -> None:
    with pytest.raises(FontError) as info:
        FontRegistry().font(ref, 20)
    assert info.value.context == "Font"


def _image_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (20, 20), "red").save(out, "PNG")
    return out.getvalue()


HOSTILE = {
    "empty": b"",
    "random bytes": random.Random(7).randbytes(4096),
    "random with a TrueType header": b"\x00\x01\x00\x00" + random.Random(8).randbytes(4096),
    "an OpenType header and nothing else": b"OTTO",
    "truncated TTF": _bytes("NotoSans-Regular.ttf")[:3000],
    "truncated OTF": _bytes("Inter-Regular.otf")[:20000],
    "image renamed .ttf": _image_bytes(),
    "text file": b"This is not a font\n" * 50,
    "zip": b"PK\x03\x04" + bytes(100),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_font_files_raise_font_error(name: str) -> None:
    with pytest.raises(FontError) as info:
        validate_font(HOSTILE[name], f"{name}.ttf")
    assert f"{name}.ttf" in info.value.render()


def test_a_font_without_latin_letters_is_refused_with_the_missing_characters() -> None:
    with pytest.raises(FontError) as info:
        validate_font(_bytes(EMOJI_FILE), "emoji.ttf")
    assert "lacks the characters" in str(info.value)
    assert "a" in str(info.value.params["missing"])


def test_font_files_over_the_limit_are_refused_before_reading() -> None:
    with pytest.raises(FontError) as info:
        validate_font(b"\x00\x01\x00\x00" + bytes(MAX_FONT_BYTES), "besar.ttf")
    assert "MB" in str(info.value)


def test_missing_glyphs_finds_what_the_font_lacks() -> None:
    font = FontRegistry().font("bundled:NotoSans-Regular.ttf", 24)
    assert missing_glyphs("Halo \ue000 𓀀 中", font) == {"\ue000", "𓀀", "中"}
    assert missing_glyphs("a b\u200bc\u200d\ufe0f\n", font) == set()  # joiners are not "missing"
    assert has_glyph(font, "é") and not has_glyph(font, "😀")


def test_the_emoji_font_loads_at_its_bitmap_size() -> None:
    emoji = FontRegistry().emoji_font()
    assert emoji is not None and emoji.size == EMOJI_SIZE
    assert has_glyph(emoji, "😀") and not has_glyph(emoji, "a")


def test_basic_latin_check_covers_indonesian_punctuation() -> None:
    for ch in "aZ09.,:;!?()-'\"/%":
        assert ch in BASIC_LATIN


def test_fonts_dir_can_be_pointed_elsewhere(tmp_path: Path) -> None:
    (tmp_path / "X.ttf").write_bytes(_bytes("Lato-Bold.ttf"))
    font = FontRegistry(fonts_dir=tmp_path).font("bundled:X.ttf", 20)
    assert isinstance(font, ImageFont.FreeTypeFont)
    assert FontRegistry(fonts_dir=tmp_path).emoji_font() is None
