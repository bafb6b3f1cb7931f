"""Images with more detail than a JPEG buffer expects: random noise, as a sensor in the
dark or a photo of confetti gives. Pillow's optimized JPEG encoder overflowed its buffer
on them ("broken data stream when writing image file") and the command crashed."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from real_photos import high_entropy_photo, jpeg_bytes, phone_photo

from medsos_desktop.cli import main
from medsos_desktop.render.export import ExportError, encode_jpeg, export_image
from medsos_desktop.render.images import import_image


@pytest.fixture(scope="module")
def noise() -> Image.Image:
    return high_entropy_photo(4000, 3000)


@pytest.fixture(scope="module")
def small_noise() -> Image.Image:
    """Noise overflows the optimized encoder at any size (1200×900 too): where the size is
    not the point, this costs a tenth of the 12 megapixels."""
    return high_entropy_photo(1200, 900)


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=1)
    return out.getvalue()


@pytest.mark.parametrize(
    ("kind", "photo"),
    [
        ("png", "small_noise"),
        ("jpeg", "noise"),
        # The phone's full size as PNG: encoding and decoding 36 MB of noise is the cost.
        pytest.param("png", "noise", marks=pytest.mark.slow),
    ],
)
def test_a_high_entropy_photo_is_imported(
    kind: str, photo: str, request: pytest.FixtureRequest
) -> None:
    image: Image.Image = request.getfixturevalue(photo)
    data = _png(image) if kind == "png" else jpeg_bytes(image, quality=95)
    imported = import_image(data, f"noise.{kind}")
    assert (imported.width, imported.height, imported.mime) == (*image.size, "image/jpeg")
    with Image.open(io.BytesIO(imported.data)) as decoded:
        decoded.load()
        assert decoded.size == image.size


@pytest.mark.parametrize(
    "size", [(1080, 1350), (1080, 1920), pytest.param((4000, 3000), marks=pytest.mark.slow)]
)
def test_a_high_entropy_image_is_exported(noise: Image.Image, size: tuple[int, int]) -> None:
    image = noise.crop((0, 0, *size))
    data = export_image(image, "JPEG")
    with Image.open(io.BytesIO(data)) as decoded:
        assert decoded.size == size
    # Under a platform's limit it steps the quality down, or says plainly that it cannot.
    try:
        limited = export_image(image, "JPEG", max_bytes=5 * 2**20)
        assert len(limited) <= 5 * 2**20
    except ExportError as exc:
        assert exc.render()


def test_ordinary_photos_are_still_optimized_and_progressive() -> None:
    photo = phone_photo(1080, 1350)
    out = io.BytesIO()
    photo.save(out, format="JPEG", quality=92, subsampling=0, optimize=True, progressive=True)
    assert encode_jpeg(photo, quality=92, subsampling=0, progressive=True) == out.getvalue()


def test_noise_is_encoded_plainly_without_a_failed_attempt(
    noise: Image.Image, capfd: pytest.CaptureFixture[str]
) -> None:
    data = encode_jpeg(noise.crop((0, 0, 1080, 1350)), quality=92, subsampling=0)
    assert data.startswith(b"\xff\xd8")
    # libjpeg prints "Suspension not allowed here" when its buffer overflows.
    assert capfd.readouterr().err == ""


def test_the_command_line_imports_and_renders_a_high_entropy_photo(
    small_noise: Image.Image, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """`medsos import-image` and `medsos render` used to end in a traceback, exit 1."""
    photo = tmp_path / "hujan-konfeti.png"
    photo.write_bytes(_png(small_noise))
    data = ["--data-dir", str(tmp_path / "data")]
    assert main(["import-image", str(photo), *data]) == 0
    out = tmp_path / "infografis.jpg"
    fields = ["--set", "title=Festival Kota", "--set", "points=Konfeti", "--set", f"photo=@{photo}"]
    for size in ("portrait", "story"):
        assert (
            main(["render", "infografis-poin", "--size", size, *fields, "--out", str(out), *data])
            == 0
        )
        with Image.open(out) as rendered:
            assert rendered.format == "JPEG"
    captured = capfd.readouterr()
    assert captured.err == ""  # no traceback, and no encoder complaint either
