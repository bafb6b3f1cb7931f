"""Safe image import over real and hostile files, all made with Pillow here."""

from __future__ import annotations

import io
import random

import pytest
from PIL import Image

from medsos_desktop.render import images
from medsos_desktop.render.images import ImageImportError, import_image


def _encode(image: Image.Image, fmt: str, **params: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **params)
    return buffer.getvalue()


def _open(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


def test_exif_orientation_applied_and_metadata_dropped() -> None:
    photo = Image.new("RGB", (60, 40), "red")
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise when shown
    exif[0x010F] = "KameraHP"
    gps = {1: "S", 2: (6.0, 54.0, 0.0), 3: "E", 4: (107.0, 36.0, 0.0)}
    exif[0x8825] = gps
    result = import_image(_encode(photo, "JPEG", exif=exif.tobytes()), "foto.jpg")
    assert (result.width, result.height) == (40, 60)
    stored = _open(result.data)
    assert not stored.getexif()
    assert "exif" not in stored.info and "icc_profile" not in stored.info
    assert result.mime == "image/jpeg"


def test_cmyk_becomes_rgb() -> None:
    result = import_image(_encode(Image.new("CMYK", (30, 30), (0, 255, 255, 0)), "JPEG"))
    stored = _open(result.data)
    assert stored.mode == "RGB"
    r, g, b = stored.getpixel((15, 15))
    assert r > 200 and g < 60 and b < 60


def test_palette_with_transparency_keeps_alpha_as_png() -> None:
    image = Image.new("P", (20, 20), 0)
    image.putpalette([255, 0, 0, 0, 0, 255] + [0] * 762)
    image.info["transparency"] = 0
    result = import_image(_encode(image, "PNG", transparency=0))
    assert result.mime == "image/png"
    assert _open(result.data).mode == "RGBA"


def test_sixteen_bit_greyscale_is_scaled_not_clipped() -> None:
    image = Image.new("I;16", (10, 10), 32768)
    result = import_image(_encode(image, "PNG"))
    value = _open(result.data).convert("L").getpixel((5, 5))
    assert 120 <= value <= 135


def test_large_photo_is_scaled_down() -> None:
    result = import_image(_encode(Image.new("RGB", (6000, 3000), "blue"), "JPEG"))
    assert result.scaled_down
    assert (result.width, result.height) == (4096, 2048)


@pytest.mark.parametrize("cut", [0.2, 0.5, 0.9])
def test_truncated_files_are_reported(cut: float) -> None:
    data = _encode(Image.effect_noise((300, 200), 60).convert("RGB"), "JPEG")
    with pytest.raises(ImageImportError) as info:
        import_image(data[: int(len(data) * cut)], "setengah.jpg")
    assert "setengah.jpg" in info.value.render()


def test_truncated_png_is_reported() -> None:
    data = _encode(Image.effect_noise((300, 200), 60).convert("RGB"), "PNG")
    with pytest.raises(ImageImportError):
        import_image(data[: len(data) // 2], "setengah.png")


def test_random_bytes_and_text_are_not_images() -> None:
    rng = random.Random(3)
    for blob in (
        b"",
        b"hello",
        bytes(rng.randrange(256) for _ in range(5000)),
        b"<svg xmlns='http://www.w3.org/2000/svg'/>",
        b"%PDF-1.4\n",
    ):
        with pytest.raises(ImageImportError) as info:
            import_image(blob, "berkas")
        assert "berkas" in info.value.render()


@pytest.mark.parametrize(
    ("size", "fmt", "options"),
    [
        ((20000, 20000), "PNG", {}),  # over twice Pillow's limit: refused inside open()
        ((12000, 8000), "PNG", {}),  # over Pillow's limit: its warning, raised as an error
        ((9000, 9000), "PNG", {}),  # under Pillow's limit, over ours
        ((20000, 20000), "TIFF", {"compression": "group4"}),
    ],
)
def test_decompression_bomb_is_refused_before_decoding_and_its_size_named(
    size: tuple[int, int], fmt: str, options: dict[str, object]
) -> None:
    # 1-bit images: hundreds of megapixels in a few kilobytes.
    out = io.BytesIO()
    Image.new("1", size).save(out, format=fmt, **options)
    bomb = out.getvalue()
    assert len(bomb) < 200_000
    with pytest.raises(ImageImportError) as info:
        import_image(bomb, "bom." + fmt.lower())
    message = info.value.render()
    assert f"{size[0]}×{size[1]}" in message and "?" not in message
    assert "80" in message  # the limit in megapixels


def test_unsupported_format_is_named() -> None:
    with pytest.raises(ImageImportError) as info:
        import_image(_encode(Image.new("RGB", (16, 16)), "ICO"), "ikon.ico")
    assert "ICO" in info.value.render()


def test_oversized_file_is_refused_without_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(images, "MAX_FILE_BYTES", 1000)
    with pytest.raises(ImageImportError) as info:
        import_image(b"\xff" * 5000, "besar.jpg")
    assert "besar.jpg" in info.value.render()


def test_fuzzed_jpeg_never_crashes() -> None:
    """Flip bytes in a real JPEG: every outcome is an image or an ImageImportError."""
    data = bytearray(_encode(Image.effect_noise((64, 64), 50).convert("RGB"), "JPEG"))
    rng = random.Random(11)
    for _ in range(150):
        mutated = bytearray(data)
        for _ in range(rng.randint(1, 12)):
            mutated[rng.randrange(len(mutated))] = rng.randrange(256)
        try:
            result = import_image(bytes(mutated), "acak.jpg")
        except ImageImportError:
            continue
        assert result.width > 0


def test_heic_photo_from_a_phone_is_imported() -> None:
    from pillow_heif import register_heif_opener

    register_heif_opener()
    photo = Image.new("RGB", (300, 200), (30, 140, 90))
    data = _encode(photo, "HEIF", quality=90)
    assert data[4:12] == b"ftypheic"
    result = import_image(data, "IMG_0042.HEIC")
    assert (result.width, result.height) == (300, 200)
    assert result.mime == "image/jpeg"
    r, g, _b = _open(result.data).getpixel((150, 100))
    assert abs(g - 140) < 20 and r < 60


def test_pixelated_region_keeps_no_detail() -> None:
    from medsos_desktop.render.images import obscure_region

    noise = Image.effect_noise((400, 300), 80).convert("RGB")
    source = import_image(_encode(noise, "PNG"), "anak.png")
    result = obscure_region(source.data, (0.25, 0.25, 0.75, 0.75), "pixelate")
    before, after = _open(source.data), _open(result.data)
    region = after.crop((110, 85, 290, 215))
    # Few distinct block colours remain where there was noise.
    assert len(set(region.convert("L").tobytes())) < 200
    # Outside the box nothing changed (allowing JPEG noise).
    diff = sum(
        abs(a - b)
        for a, b in zip(
            before.convert("L").crop((0, 0, 90, 60)).tobytes(),
            after.convert("L").crop((0, 0, 90, 60)).tobytes(),
            strict=True,
        )
    )
    assert diff / (90 * 60) < 8


def test_blurred_region_is_smooth_and_bad_boxes_refused() -> None:
    from medsos_desktop.render.images import obscure_region

    noise = Image.effect_noise((200, 200), 80).convert("RGB")
    source = import_image(_encode(noise, "PNG"), "ktp.png")
    result = obscure_region(source.data, (0.0, 0.0, 0.5, 0.5), "blur")
    region = _open(result.data).convert("L").crop((10, 10, 90, 90))
    values = list(region.tobytes())
    assert max(values) - min(values) < 60
    with pytest.raises(ValueError):
        obscure_region(source.data, (0.5, 0.5, 0.4, 0.9))
