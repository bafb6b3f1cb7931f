"""Images decoded on worker threads by Pillow (not Qt's plugins, which may call our Python
translator from the worker while holding their lock: a freeze)."""

from __future__ import annotations

import io

from PIL import Image

from medsos_desktop.ui.common.decode import decoded_image


def _jpeg_turned(width: int, height: int) -> bytes:
    """A phone photo stored sideways with EXIF orientation 6 (turn 90° to view)."""
    image = Image.new("RGB", (width, height), (200, 30, 30))
    image.paste((30, 30, 200), (0, 0, width // 4, height))  # a blue band on the left
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif, quality=90)
    return out.getvalue()


def test_a_photo_is_upright_and_scaled_to_its_long_side(qapp) -> None:  # type: ignore[no-untyped-def]
    image = decoded_image(_jpeg_turned(1600, 1200), 400)
    assert (image.width(), image.height()) == (300, 400)  # turned: taller than wide
    top = image.pixelColor(150, 10)  # the left band is now at the top
    assert top.blue() > 150 and top.red() < 100


def test_transparency_is_kept_and_small_images_are_not_enlarged(qapp) -> None:  # type: ignore[no-untyped-def]
    out = io.BytesIO()
    Image.new("RGBA", (40, 20), (0, 128, 0, 0)).save(out, "PNG")
    image = decoded_image(out.getvalue(), 400)
    assert (image.width(), image.height()) == (40, 20)
    assert image.pixelColor(5, 5).alpha() == 0


def test_bytes_that_are_no_image_give_a_null_image(qapp) -> None:  # type: ignore[no-untyped-def]
    assert decoded_image(b"not an image at all").isNull()
    assert decoded_image(None).isNull()
