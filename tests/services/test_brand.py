"""The brand kit: demo kit, saving, logos cleaned and stored, colours validated, fonts."""

from __future__ import annotations

import dataclasses
import io

import pytest
from PIL import Image

from medsos_desktop.domain.brand import Palette
from medsos_desktop.services.brand import BrandError, BrandService, bundled_fonts
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.workspace import Workspace


def test_demo_workspace_has_a_complete_brand_kit(workspace: Workspace) -> None:
    kit = BrandService(workspace.db).load()
    assert kit.logo_agency and kit.logo_government
    assert kit.palette.primary == "#0E7C66"
    assert kit.footer_website and kit.footer_hotline
    assert kit.agency_name == "Dinas Kesehatan Kota Sukamaju"
    logo = PostService(workspace.db).blob(kit.logo_agency)
    assert logo is not None
    assert Image.open(io.BytesIO(logo)).mode == "RGBA"  # transparency kept


def test_save_and_reload(workspace: Workspace) -> None:
    service = BrandService(workspace.db)
    kit = dataclasses.replace(
        service.load(),
        palette=Palette(primary="#112233"),
        footer_hotline="(022) 555-1234",
        watermark_opacity=3.0,
    )
    service.save(kit)
    again = service.load()
    assert again.palette.primary == "#112233"
    assert again.footer_hotline == "(022) 555-1234"
    assert again.watermark_opacity == 1.0  # clamped


@pytest.mark.parametrize("bad", ["red", "#12345", "#GGGGGG", "", "rgb(1,2,3)"])
def test_bad_colours_are_refused_and_nothing_changes(workspace: Workspace, bad: str) -> None:
    service = BrandService(workspace.db)
    before = service.load()
    with pytest.raises(BrandError) as info:
        service.save(dataclasses.replace(before, palette=Palette(accent=bad)))
    assert "#RRGGBB" in info.value.render()
    assert service.load() == before


def test_logo_replaced_and_huge_logo_shrunk(workspace: Workspace) -> None:
    service = BrandService(workspace.db)
    buffer = io.BytesIO()
    Image.new("RGBA", (3000, 1500), (200, 0, 0, 128)).save(buffer, "PNG")
    kit = service.set_logo("logo_government", buffer.getvalue(), "lambang.png")
    data = PostService(workspace.db).blob(kit.logo_government or "")
    assert data is not None
    image = Image.open(io.BytesIO(data))
    assert max(image.size) == 1200


def test_bundled_fonts_are_listed() -> None:
    fonts = bundled_fonts()
    refs = {f.ref for f in fonts}
    if not refs:
        pytest.skip("fonts not bundled yet")
    assert all(ref.startswith("bundled:") for ref in refs)
    assert not any("Emoji" in ref for ref in refs)
