"""Infographics of a post: state kept, alt text proposed, export under platform limits."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.render.export import limit_for
from medsos_desktop.services.brand import BrandService
from medsos_desktop.services.infographics import (
    ExportRefused,
    InfographicService,
    InfographicState,
    default_size_for,
    propose_alt_text,
)
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.workspace import Workspace


def test_every_builtin_template_is_offered(workspace: Workspace) -> None:
    keys = {t.key for t in InfographicService(workspace.db).templates()}
    assert {
        "pengumuman",
        "agenda-kegiatan",
        "capaian-kinerja",
        "infografis-poin",
        "kutipan-pimpinan",
        "layanan-publik",
        "klarifikasi-hoaks",
        "ucapan-hari-besar",
    } <= keys


def test_state_round_trip(workspace: Workspace) -> None:
    service = InfographicService(workspace.db)
    post_id = PostService(workspace.db).list_rows()[0].id
    assert service.load_state(post_id) is None
    state = InfographicState(
        "layanan-publik", "story", {"title": "Cara membuat KTP-el", "steps": ["Datang", "Foto"]}
    )
    service.save_state(post_id, state)
    assert service.load_state(post_id) == state


def test_alt_text_comes_from_the_fields() -> None:
    from medsos_desktop.render.spec import load_builtin_templates

    spec = next(t for t in load_builtin_templates() if t.key == "infografis-poin")
    text = propose_alt_text(
        spec, {"title": "Cegah DBD", "points": ["Kuras", "Tutup", ""], "photo": "abc123"}
    )
    assert text.startswith("Infografis ")
    assert "Cegah DBD" in text and "Kuras; Tutup" in text
    assert "abc123" not in text  # image references are not words
    long = propose_alt_text(spec, {"title": "kata " * 300})
    assert len(long) <= 420


def test_alt_text_says_infografis_once_and_leaves_arrows_out() -> None:
    from medsos_desktop.render.spec import load_builtin_templates

    spec = next(t for t in load_builtin_templates() if t.key == "infografis-poin-carousel")
    assert spec.name.startswith("Infografis")
    text = propose_alt_text(spec, {"title": "Tips Mudik", "cta": "Geser untuk selengkapnya →"})
    assert text.startswith(f"{spec.name}: ")
    assert "Infografis Infografis" not in text
    assert "→" not in text and "Geser untuk selengkapnya." in text
    agenda = next(t for t in load_builtin_templates() if t.key == "agenda-kegiatan")
    assert propose_alt_text(agenda, {"title": "Rapat"}).startswith(f"Infografis {agenda.name}: ")


def test_default_sizes_follow_the_platforms() -> None:
    assert default_size_for([Platform.INSTAGRAM, Platform.X]) == "portrait"
    assert default_size_for([Platform.X]) == "x"
    assert default_size_for([Platform.YOUTUBE]) == "youtube"
    assert default_size_for([Platform.TIKTOK]) == "story"
    assert default_size_for([]) == "portrait"
    assert limit_for([Platform.INSTAGRAM, Platform.FACEBOOK]) == limit_for([Platform.FACEBOOK])


def test_export_every_slide_under_the_limit(workspace: Workspace) -> None:
    service = InfographicService(workspace.db)
    brand = BrandService(workspace.db).load()
    spec = service.template("infografis-poin-carousel")
    assert spec is not None and len(spec.slides) >= 2
    state = InfographicState(
        spec.key,
        "portrait",
        {
            "title": "Tujuh Layanan Mal Pelayanan Publik",
            "points": ["KTP-el", "Kartu Keluarga", "Akta Kelahiran", "SIM", "Paspor", "NPWP"],
        },
    )
    refs = service.export(spec, state, brand, [Platform.X], "JPEG")
    assert len(refs) == len(spec.slides)
    limit = limit_for([Platform.X])
    posts = PostService(workspace.db)
    for ref in refs:
        data = posts.blob(ref.sha256)
        assert data is not None and (limit is None or len(data) <= limit)
        image = Image.open(io.BytesIO(data))
        assert image.size == (1080, 1350) and image.format == "JPEG"
        assert not image.getexif()
        assert "Tujuh Layanan" in ref.alt_text


def test_own_template_saved_and_deleted(workspace: Workspace) -> None:
    import dataclasses

    service = InfographicService(workspace.db)
    base = service.template("pengumuman")
    assert base is not None
    own = dataclasses.replace(base, key=service.new_key(), name="Pengumuman Dinkes")
    service.save_own_template(own)
    assert service.template(own.key) == own
    service.delete_own_template(own.key)
    assert service.template(own.key) is None


def test_template_file_round_trip_never_overwrites(workspace: Workspace, tmp_path) -> None:
    import dataclasses

    from medsos_desktop.render.package import PackageError, export_package

    service = InfographicService(workspace.db)
    base = service.template("layanan-publik")
    assert base is not None
    own = service.save_own_template(
        dataclasses.replace(base, key=service.new_key(), name="Layanan Dukcapil")
    )
    path = tmp_path / "layanan.medsos-template.zip"
    path.write_bytes(export_package(own))
    first = service.import_package_file(path)
    second = service.import_package_file(path)
    assert first.key != own.key and second.key != first.key  # a copy each time
    assert first.name == second.name == "Layanan Dukcapil"
    assert service.template(own.key) == own
    # A built-in's file imports as an own template, never replacing the built-in.
    builtin_file = tmp_path / "pengumuman.zip"
    builtin_file.write_bytes(export_package(service.template("pengumuman")))  # type: ignore[arg-type]
    imported = service.import_package_file(builtin_file)
    assert imported.key.startswith("own-")
    broken = tmp_path / "rusak.zip"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    before = len(service.templates())
    with pytest.raises(PackageError) as info:
        service.import_package_file(broken)
    assert "rusak.zip" in info.value.render()
    assert len(service.templates()) == before
    with pytest.raises(PackageError):
        service.import_package_file(tmp_path / "tidak-ada.zip")


def test_a_long_list_exports_extra_slides_and_text_that_fits_nowhere_is_refused(
    workspace: Workspace,
) -> None:
    service = InfographicService(workspace.db)
    brand = BrandService(workspace.db).load()
    spec = service.template("infografis-poin-carousel")
    assert spec is not None
    points = [f"Layanan nomor {n} di Mal Pelayanan Publik" for n in range(1, 12)]
    state = InfographicState(spec.key, "portrait", {"title": "Sebelas Layanan", "points": points})
    count = service.slide_count(spec, "portrait", state.fields, brand)
    assert count > len(spec.slides)  # no point is dropped: the carousel grows
    refs = service.export(spec, state, brand, [Platform.INSTAGRAM], "PNG")
    assert len(refs) == count
    assert [r.filename.rsplit("-", 1)[1] for r in refs] == [f"{i}.png" for i in range(1, count + 1)]

    endless = "Pemberitahuan" + "".join(f" kata{i}" for i in range(60))
    refused = InfographicState(spec.key, "x", {"title": endless, "points": ["Satu", "Dua"]})
    with pytest.raises(ExportRefused) as caught:
        service.export(spec, refused, brand, [Platform.X], "PNG")
    assert caught.value.problem.params["field"] == "title"
    assert "Title" in caught.value.render()
