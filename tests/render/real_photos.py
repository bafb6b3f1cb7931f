"""Photos as phones take them, made with Pillow: large, smooth light with fine noise, so
that JPEG neither shrinks them to nothing nor decodes them faster than a real one."""

from __future__ import annotations

import io
import os

from PIL import Image, ImageDraw, ImageFilter

# The phones agencies use: a 12 MP landscape, a 48 MP one, a 12 MP portrait.
PHONE_SIZES = ((4000, 3000), (8000, 6000), (3000, 4000))


def phone_photo(width: int, height: int, seed: int = 0) -> Image.Image:
    """Warm daylight gradients, a few soft shapes and sensor noise; no flat areas."""
    small = (max(8, width // 16), max(8, height // 16))
    red = Image.linear_gradient("L").rotate(90).resize(small)
    green = Image.linear_gradient("L").resize(small)
    blue = Image.radial_gradient("L").resize(small)
    scene = Image.merge("RGB", (red, green, blue))
    draw = ImageDraw.Draw(scene)
    for i in range(12):  # people, tents, banners: shapes of colour at varying places
        x = (seed * 37 + i * 53) % small[0]
        y = (seed * 17 + i * 29) % small[1]
        r = 2 + (i * 7) % max(3, small[0] // 6)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=((i * 60) % 256, (i * 90) % 256, 200))
    scene = scene.filter(ImageFilter.GaussianBlur(2)).resize(
        (width, height), Image.Resampling.BILINEAR
    )
    # Sensor noise: a tile of Gaussian noise repeated (JPEG gains nothing from repeats),
    # much faster than noise for every one of 48 million pixels.
    tile = Image.effect_noise((1021, 1021), 18 + seed % 5).convert("RGB")
    noise = Image.new("RGB", (width, height))
    for top in range(0, height, tile.height):
        for left in range(0, width, tile.width):
            noise.paste(tile, (left, top))
    return Image.blend(scene, noise, 0.18)


def jpeg_bytes(image: Image.Image, quality: int = 90) -> bytes:
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=quality)
    return out.getvalue()


def high_entropy_photo(width: int = 4000, height: int = 3000) -> Image.Image:
    """Random bytes as pixels: nothing for an encoder to compress."""
    return Image.frombytes("RGB", (width, height), os.urandom(width * height * 3))
