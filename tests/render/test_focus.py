"""Where photos are cropped (the admin's focus point, faces, the template's focal point),
faces found in real photos, enlarged photos, empty optional photos, and QR codes a phone
can read at the exported size.

The face photo is a real one: NASA's portrait of the astronaut Eileen Collins (public
domain), as scikit-image ships it (tests/data/faces/README.md). Crop geometry is tested
with face boxes given directly, so that it does not depend on the detector.
"""

from __future__ import annotations

import hashlib
import itertools
import random
from pathlib import Path

import pytest
from PIL import Image, ImageStat
from real_photos import jpeg_bytes, phone_photo  # tests/render is on sys.path

from medsos_desktop.domain.brand import BrandKit
from medsos_desktop.render import engine, focus
from medsos_desktop.render.engine import SIZES, render
from medsos_desktop.render.spec import TemplateSpec, load_builtin_templates, parse_template

FACE_PHOTO = Path(__file__).parent.parent / "data" / "faces" / "astronaut-eileen-collins.jpg"
# Where her face is in the 512×512 photo (measured by hand): the detector must find it.
FACE_CENTRE = (0.43, 0.22)
STORY_BAR = 0.14
SPECS = {spec.key: spec for spec in load_builtin_templates()}


def _face() -> Image.Image:
    with Image.open(FACE_PHOTO) as image:
        return image.convert("RGB")


def _blob(image: Image.Image) -> tuple[str, bytes]:
    data = jpeg_bytes(image, quality=92)
    return hashlib.sha256(data).hexdigest(), data


def _fields(spec: TemplateSpec, photo: str | None) -> dict[str, str | list[str]]:
    fields: dict[str, str | list[str]] = {
        k: list(v) if isinstance(v, tuple) else v for k, v in spec.examples().items()
    }
    for f in spec.fields:
        if f.kind == "image":
            if photo is None:
                fields.pop(f.name, None)
            else:
                fields[f.name] = photo
    return fields


def _portrait_with_room_above(width: int = 1536, height: int = 2048) -> Image.Image:
    """The astronaut as a leader's portrait: a wall above her, her face in the upper half."""
    photo = Image.new("RGB", (width, height), (88, 92, 100))
    face = _face().resize((width, width), Image.Resampling.LANCZOS)
    photo.paste(face, (0, height - width))
    return photo


# --- the focus point in a photo field's value --------------------------------------------


def test_a_focus_point_travels_in_the_photo_value() -> None:
    sha = "a" * 64
    assert focus.split_photo_value(sha) == (sha, None)
    value = focus.join_photo_value(sha, (0.25, 0.8))
    assert value == f"{sha}#0.250,0.800"
    assert focus.split_photo_value(value) == (sha, (0.25, 0.8))
    assert focus.join_photo_value(sha, None) == sha and focus.join_photo_value("", (0.1, 0.1)) == ""
    for broken in ("#", "#x,y", "#0.5", "#nan,0.5", "#1,2,3"):
        assert focus.split_photo_value(sha + broken) == (sha, None)
    assert focus.split_photo_value(sha + "#-4,7") == (sha, (0.0, 1.0))


# --- crop geometry ------------------------------------------------------------------------


SOURCES = [(4000, 3000), (8000, 6000), (3000, 4000), (1031, 773), (1015, 1804), (1048, 1863)]
SOURCES += [(512, 512), (1081, 1920), (1080, 1921), (7, 5)]
SLOTS = [*SIZES.values(), (1080, 1100), (1080, 654), (997, 1867), (1, 1)]


def test_every_crop_stays_inside_the_image() -> None:
    """1080×1920 slots and 12 and 48 MP photos, with every kind of framing: the box never
    passes the edge, whatever the rounding, and keeps the slot's proportions."""
    rng = random.Random(7)
    for source, target in itertools.product(SOURCES, SLOTS):
        for _ in range(12):
            faces = [
                (x, y, x + s, y + s)
                for x, y, s in (
                    (rng.random(), rng.random(), rng.random() * 0.4)
                    for _ in range(rng.randint(0, 4))
                )
            ]
            point = (rng.uniform(-0.2, 1.2), rng.uniform(-0.2, 1.2)) if rng.random() < 0.3 else None
            left, top, right, bottom = focus.crop_box(
                source,
                target,
                focus=point,
                faces=faces,
                default=(rng.random(), rng.random()),
                band_top=rng.choice([0.0, 0.14, 0.3]),
                band_bottom=rng.choice([0.0, 0.2]),
            )
            assert 0 <= left < right <= source[0] and 0 <= top < bottom <= source[1]
            ratio = (right - left) / (bottom - top)
            assert ratio == pytest.approx(target[0] / target[1], rel=0.01, abs=1 / min(source))


def _inside(face: focus.FaceBox, box: tuple[float, ...], source: tuple[int, int]) -> bool:
    sw, sh = source
    return (
        box[0] <= face[0] * sw
        and face[2] * sw <= box[2]
        and box[1] <= face[1] * sh
        and face[3] * sh <= box[3]
    )


def test_a_face_high_in_a_portrait_photo_stays_whole_in_a_wide_slot() -> None:
    """The centre crop of a standing portrait keeps the chin and the suit; with the face
    known, the whole head is in, with room above it."""
    source, slot = (3000, 4000), (1080, 600)
    face = (0.4, 0.12, 0.6, 0.27)
    centred = focus.crop_box(source, slot)
    assert not _inside(face, centred, source)
    box = focus.crop_box(source, slot, faces=[face])
    assert _inside(face, box, source)
    face_top, face_height = face[1] * source[1], (face[3] - face[1]) * source[1]
    assert face_top - box[1] >= 0.3 * face_height  # headroom: the hair is not cut


def test_faces_stay_out_of_the_stories_top_bar() -> None:
    """At 1080×1920 the top 14 % is under the platform's bar: the head goes below it."""
    source, slot = (1536, 2048), (1080, 1920)
    face = (0.35, 0.30, 0.53, 0.44)
    box = focus.crop_box(source, slot, faces=[face], band_top=STORY_BAR, band_bottom=0.2)
    crop_height = box[3] - box[1]
    head_top = (
        face[1] * source[1] - focus.HEADROOM * 0.5 * 0.14 * source[1] - box[1]
    ) / crop_height
    assert head_top >= STORY_BAR
    assert _inside(face, box, source)
    # Without the bar the same face may sit higher: the band is what moved it.
    assert focus.crop_box(source, slot, faces=[face])[1] >= box[1]


def test_a_group_is_kept_together_when_it_fits() -> None:
    source, slot = (4000, 3000), (1080, 1080)
    faces = [(0.22, 0.3, 0.3, 0.41), (0.36, 0.32, 0.44, 0.43), (0.5, 0.31, 0.58, 0.42)]
    box = focus.crop_box(source, slot, faces=faces)
    assert all(_inside(f, box, source) for f in faces)
    # A face much smaller than the others (someone far behind) does not pull the crop.
    small = (0.95, 0.9, 0.97, 0.92)
    assert focus.crop_box(source, slot, faces=[*faces, small]) == box


def test_the_admins_focus_point_wins_over_faces() -> None:
    source, slot = (4000, 3000), (1080, 1350)
    faces = [(0.1, 0.1, 0.2, 0.23)]
    box = focus.crop_box(source, slot, focus=(0.8, 0.5), faces=faces)
    centre_x = (box[0] + box[2]) / 2 / source[0]
    assert centre_x > 0.6 and not _inside(faces[0], box, source)


def test_without_faces_or_focus_the_templates_focal_point_is_used() -> None:
    assert engine.cover_box((4000, 3000), (1080, 1080), (0.0, 0.5)) == focus.crop_box(
        (4000, 3000), (1080, 1080), default=(0.0, 0.5)
    )
    left, _, right, _ = focus.crop_box((4000, 3000), (1080, 1080), default=(0.0, 0.5))
    assert left == 0 and right == pytest.approx(3000)


# --- the detector on real photos ----------------------------------------------------------


def test_the_detector_finds_the_face_in_a_real_photo() -> None:
    assert focus.detector_available()
    faces = focus.detect_faces(_face())
    assert len(faces) == 1
    left, top, right, bottom = faces[0]
    assert left < FACE_CENTRE[0] < right and top < FACE_CENTRE[1] < bottom
    assert 0.1 < right - left < 0.35  # a face, not the whole picture


def test_the_detector_finds_a_face_in_a_12_megapixel_photo() -> None:
    """A phone photo with the portrait in one corner: found on the reduced image, and
    reported as fractions of the full photo."""
    photo = phone_photo(4000, 3000, seed=5)
    photo.paste(_face().resize((1000, 1000), Image.Resampling.LANCZOS), (2700, 400))
    faces = focus.detect_faces(photo)
    assert faces, "no face found"
    left, top, right, bottom = faces[0]
    cx, cy = 2700 + FACE_CENTRE[0] * 1000, 400 + FACE_CENTRE[1] * 1000
    assert left * 4000 < cx < right * 4000 and top * 3000 < cy < bottom * 3000


def test_faces_are_found_once_per_photo() -> None:
    focus.clear_cache()
    sha, data = _blob(_face())
    loads = []

    def load() -> bytes:
        loads.append(sha)
        return data

    first = focus.faces_in_blob(sha, load)
    assert focus.cached_faces(sha) == first and len(first) == 1
    assert focus.faces_in_blob(sha, load) == first
    assert loads == [sha]
    # A blob not there yet (the next sync brings it) is not remembered as "no faces".
    assert focus.faces_in_blob("0" * 64, lambda: None) == ()
    assert focus.cached_faces("0" * 64) is None


# --- the render: faces, the focus point, enlargement, empty photos -------------------------


def _render(key: str, size: str, fields: dict, blobs: dict[str, bytes], **kw: object):
    engine.clear_caches()
    return render(SPECS[key], SIZES[size], BrandKit(), fields, load_blob=blobs.get, **kw)


def test_the_leaders_face_is_below_the_stories_bar_and_whole() -> None:
    """Kutipan Pimpinan at 1080×1920: the face found again in the exported image lies
    below the top bar, whole."""
    sha, data = _blob(_portrait_with_room_above())
    result = _render(
        "kutipan-pimpinan", "story", _fields(SPECS["kutipan-pimpinan"], sha), {sha: data}
    )
    assert not [p for p in result.problems if p.code.startswith("image.")]
    faces = focus.detect_faces(result.image)
    assert faces, "the face was cropped away"
    assert faces[0][1] > STORY_BAR


@pytest.mark.parametrize("size", ["square", "portrait"])
def test_agenda_keeps_the_face_not_the_chin(size: str) -> None:
    """Agenda Kegiatan's wide photo slot with a standing portrait: the face is in the
    picture (a centre crop would show her chest)."""
    sha, data = _blob(_portrait_with_room_above(1536, 3072))
    fields = _fields(SPECS["agenda-kegiatan"], sha)
    result = _render("agenda-kegiatan", size, fields, {sha: data})
    assert focus.detect_faces(result.image), "the face was cropped away"
    # Proof that the test can fail: the template's focal point alone loses the face.
    centred = _render(
        "agenda-kegiatan", size, _fields(SPECS["agenda-kegiatan"], sha + "#0.5,0.5"), {sha: data}
    )
    assert not focus.detect_faces(centred.image)


def test_the_focus_point_chosen_by_the_admin_moves_the_crop() -> None:
    photo = phone_photo(4000, 3000, seed=2)
    sha, data = _blob(photo)
    spec = SPECS["infografis-poin"]
    left = _render("infografis-poin", "square", _fields(spec, sha + "#0.0,0.0"), {sha: data})
    right = _render("infografis-poin", "square", _fields(spec, sha + "#1.0,1.0"), {sha: data})
    assert left.problems == right.problems
    assert left.image.tobytes() != right.image.tobytes()


def test_a_small_photo_enlarged_more_than_one_and_a_half_times_is_reported() -> None:
    sha, data = _blob(_face())  # 512 px, in a slot 1080 px wide
    spec = SPECS["infografis-poin"]
    result = _render("infografis-poin", "portrait", _fields(spec, sha), {sha: data})
    enlarged = [p for p in result.problems if p.code == "image.enlarged"]
    assert len(enlarged) == 1
    assert float(str(enlarged[0].params["factor"]).replace(",", ".")) > 1.5
    assert "512" not in enlarged[0].render() and "×" in enlarged[0].render()
    # The preview, drawn small, says the same about the exported size.
    preview = _render(
        "infografis-poin",
        "portrait",
        _fields(spec, sha),
        {sha: data},
        export_size=SIZES["portrait"],
    )
    engine.clear_caches()
    small = render(
        spec,
        (336, 420),
        BrandKit(),
        _fields(spec, sha),
        load_blob={sha: data}.get,
        export_size=SIZES["portrait"],
    )
    assert [p.code for p in preview.problems] == [p.code for p in result.problems]
    assert "image.enlarged" in {p.code for p in small.problems}
    # A 12 MP photo is not enlarged.
    big_sha, big = _blob(phone_photo(4000, 3000, seed=1))
    fine = _render("infografis-poin", "portrait", _fields(spec, big_sha), {big_sha: big})
    assert "image.enlarged" not in {p.code for p in fine.problems}


def _photo_only_spec(required: bool) -> TemplateSpec:
    return parse_template(
        {
            "spec_version": 1,
            "key": "uji-foto",
            "name": "Uji foto",
            "category": "lainnya",
            "fields": [{"name": "photo", "label": "Photo", "kind": "image", "required": required}],
            "slides": [
                {
                    "elements": [
                        {"type": "background", "color": "#FFFFFF"},
                        {
                            "type": "image",
                            "field": "photo",
                            "box": {"x": 0, "y": 0, "w": 1, "h": 0.5},
                            "placeholder": "#D9DEE5",
                        },
                    ]
                }
            ],
        }
    )


def test_an_empty_optional_photo_becomes_a_brand_colour_panel() -> None:
    brand = BrandKit()
    result = render(_photo_only_spec(False), (1080, 1080), brand, {}, load_blob=lambda _: None)
    assert result.problems == []
    slot = result.image.crop((0, 0, 1080, 540))
    mean = tuple(round(v) for v in ImageStat.Stat(slot).mean)
    primary = tuple(int(brand.palette.primary[i : i + 2], 16) for i in (1, 3, 5))
    assert all(abs(m - p) < 30 for m, p in zip(mean, primary, strict=True))
    # ...and a required one still warns, over the placeholder.
    required = render(_photo_only_spec(True), (1080, 1080), brand, {}, load_blob=lambda _: None)
    assert {p.code for p in required.problems} == {"field.required", "image.missing"}


# --- QR codes a phone can read ------------------------------------------------------------


def _qr_spec(side: float) -> TemplateSpec:
    return parse_template(
        {
            "spec_version": 1,
            "key": "uji-qr",
            "name": "Uji QR",
            "category": "lainnya",
            "fields": [{"name": "url", "label": "Link", "kind": "url", "max_length": 600}],
            "slides": [
                {
                    "elements": [
                        {"type": "background", "color": "#FFFFFF"},
                        {
                            "type": "qr",
                            "field": "url",
                            "box": {"x": 0.05, "y": 0.05, "w": side, "h": side},
                        },
                    ]
                }
            ],
        }
    )


SHORT_LINK = "https://kotacontoh.go.id/akta"
LONG_LINK = (
    "https://dukcapil.kotacontoh.go.id/layanan/akta-kelahiran/persyaratan?utm_source=instagram"
    "&utm_medium=infografis&utm_campaign=pelayanan-november-2026&ref=" + "x" * 120
)


@pytest.mark.parametrize("link", [SHORT_LINK, LONG_LINK], ids=["short", "long"])
def test_a_qr_code_is_read_back_at_the_exported_size(link: str) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    result = render(
        _qr_spec(0.3), SIZES["portrait"], BrandKit(), {"url": link}, load_blob=lambda _: None
    )
    read = zxingcpp.read_barcodes(result.image)
    assert [r.text for r in read] == [link]


def test_a_dense_qr_code_is_reported_with_a_shorter_link_proposed() -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    short = render(
        _qr_spec(0.2), SIZES["square"], BrandKit(), {"url": SHORT_LINK}, load_blob=lambda _: None
    )
    assert short.problems == []
    assert [r.text for r in zxingcpp.read_barcodes(short.image)] == [SHORT_LINK]
    long = render(
        _qr_spec(0.2), SIZES["square"], BrandKit(), {"url": LONG_LINK}, load_blob=lambda _: None
    )
    dense = [p for p in long.problems if p.code == "qr.dense"]
    assert len(dense) == 1 and int(dense[0].params["pixels"]) < engine.QR_MIN_MODULE_PX
    assert "shorter link" in dense[0].render()
    # The preview drawn small reports what the export will be, not its own pixels.
    preview = render(
        _qr_spec(0.2),
        (288, 288),
        BrandKit(),
        {"url": SHORT_LINK},
        load_blob=lambda _: None,
        export_size=SIZES["square"],
    )
    assert preview.problems == []
