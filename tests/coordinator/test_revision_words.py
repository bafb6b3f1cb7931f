"""What the coordinator's window is given to say about a revision, in a coordinator's words:
the signing device by the name its agency gave it (not its hex id), and the post's own
first image apart from the screenshot a WhatsApp approval rests on."""

from __future__ import annotations

import dataclasses
import hashlib
import io
from pathlib import Path

from coordinator_support import (
    DINKES,
    PC_DINKES,
    make_central,
    package,
    service,
    signer_for,
    trust_all,
    whatsapp_approval,
)
from PIL import Image

from medsos_desktop.sync.central import publish_revision
from medsos_desktop.sync.writer import MediaFile


def _png(colour: tuple[int, int, int]) -> MediaFile:
    buffer = io.BytesIO()
    Image.new("RGB", (30, 60), colour).save(buffer, "PNG")
    data = buffer.getvalue()
    return MediaFile(hashlib.sha256(data).hexdigest(), "png", data)


def _whatsapp_post(central: Path, number: int, sequence: int, own_image: bool) -> MediaFile:
    """A revision approved by a WhatsApp reply whose screenshot travels with it; the post
    has an image of its own or none. Returns the screenshot."""
    screenshot = _png((220, 248, 198))
    base = package(DINKES, number, title=f"Waspada DBD {number}")
    post = dict(base.post)
    content = dict(post["content"])  # type: ignore[arg-type]
    media: tuple[MediaFile, ...] = (screenshot,)
    if own_image:
        media = (*base.media, screenshot)
    else:
        content["media"] = []
    post["content"] = content
    post["approval"] = whatsapp_approval(screenshot.sha256)
    publish_revision(
        central,
        dataclasses.replace(base, post=post, media=media),
        signer_for(PC_DINKES),
        sequence,
    )
    return screenshot


def test_messages_name_the_device_and_the_screenshot_is_not_the_posts_image(
    tmp_path: Path,
) -> None:
    central, _ = make_central(tmp_path)
    screenshot = _whatsapp_post(central, 1, 1, own_image=False)
    _whatsapp_post(central, 2, 2, own_image=True)
    with service(central, tmp_path / "diskominfo") as coordinator:
        coordinator.scan()
        # Not trusted yet: said with the device's name and the agency's.
        for row in coordinator.revisions():
            text = row.describe()
            assert row.status == "untrusted" and row.device_name == f"PC {PC_DINKES}"
            assert f"device PC {PC_DINKES} of" in text and f"device {PC_DINKES} " not in text
        trust_all(coordinator)
        rows = {row.title: row for row in coordinator.revisions()}
        alone, with_photo = rows["Waspada DBD 1"], rows["Waspada DBD 2"]
        assert alone.status == "valid" and alone.assurance == "whatsapp"
        # "Revision 1 is valid (device PC pc-humas-dinkes, sequence 1)."
        assert f"(device PC {PC_DINKES}, sequence 1)" in alone.describe()
        assert PC_DINKES in alone.render()  # `medsos verify` and the logs keep the id

        manifest, post = coordinator.open_revision(alone.path)
        assert coordinator.first_image(alone.path, manifest, post) is None
        assert coordinator.evidence_image(alone.path, manifest, post) == screenshot.data

        manifest, post = coordinator.open_revision(with_photo.path)
        own = package(DINKES, 2).media[0].data
        assert coordinator.first_image(with_photo.path, manifest, post) == own
        assert coordinator.evidence_image(with_photo.path, manifest, post) == screenshot.data
