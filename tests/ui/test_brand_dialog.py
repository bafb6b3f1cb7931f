"""The Brand Kit screen: change colours, footer and logos, save, find them again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from medsos_desktop.services.brand import BrandService
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.workspace import Workspace
from medsos_desktop.ui.dialogs.brand_dialog import BrandDialog

# Every background job (logo import, colour suggestion, saving) runs at once: the tests
# read its result on the next line (the threaded path: tests/ui/test_tasks.py).
pytestmark = pytest.mark.usefixtures("synchronous_tasks")


def _open(qtbot: QtBot, workspace: Workspace) -> BrandDialog:
    """The dialog as the main window's Brand Kit action builds it, without the window."""
    service = BrandService(workspace.db)
    dialog = BrandDialog(service, service.load(), service.fonts(), PostService(workspace.db).blob)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_edit_and_save_brand_kit(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    dialog = _open(qtbot, workspace)
    assert dialog.colour_buttons["primary"].colour == "#0E7C66"  # the demo kit
    assert dialog.logo_slots["logo_agency"].remove_button.isEnabled()
    dialog.colour_buttons["accent"].set_colour("#aa1122")
    dialog.hotline.setText("Call Center 112")
    logo = tmp_path / "lambang.png"
    Image.new("RGBA", (300, 300), (20, 60, 160, 255)).save(logo)
    old_government = dialog.kit.logo_government
    dialog.set_logo("logo_government", logo)
    assert dialog.kit.logo_government != old_government
    dialog.logo_slots["logo_agency"].remove_button.click()  # the demo kit's logo
    assert not dialog.logo_slots["logo_agency"].remove_button.isEnabled()
    assert not dialog.suggest_button.isEnabled()
    saved: list[object] = []
    dialog.saved.connect(saved.append)
    dialog.save_button.click()
    assert len(saved) == 1
    kit = BrandService(workspace.db).load()
    assert kit.palette.accent == "#AA1122"
    assert kit.footer_hotline == "Call Center 112"
    assert kit.logo_government == dialog.kit.logo_government
    assert kit.logo_agency is None


def test_first_logo_of_a_new_kit_suggests_its_colours(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    from medsos_desktop.domain.agency import AgencyProfile
    from medsos_desktop.services.demo import leave_sample

    leave_sample(workspace.db, AgencyProfile(name="Dinas Perhubungan Kota Sukamaju"))
    dialog = _open(qtbot, workspace)
    assert dialog.colour_buttons["primary"].colour == "#0B5CAD"  # the empty kit's default
    assert not dialog.suggest_button.isEnabled()
    logo = tmp_path / "logo-dishub.png"
    image = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    image.paste((200, 30, 40, 255), (20, 20, 280, 280))  # a red logo
    image.save(logo)
    dialog.set_logo("logo_agency", logo)
    assert dialog.colour_buttons["primary"].colour != "#0B5CAD"
    red, green, blue = (
        int(dialog.colour_buttons["primary"].colour[i : i + 2], 16) for i in (1, 3, 5)
    )
    assert red > 120 and green < 80 and blue < 80
    assert dialog.suggest_button.isEnabled()
