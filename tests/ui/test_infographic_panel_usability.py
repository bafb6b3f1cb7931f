"""What a fresh admin stumbled on in the infographic page: a list point too long to fit is
named, another template keeps the chosen size, and the status line's "saved" time follows
the infographic's edits."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from medsos_desktop.domain.brand import BrandKit
from medsos_desktop.domain.platforms import Platform
from medsos_desktop.render.engine import SIZE_LABELS
from medsos_desktop.services.infographics import InfographicService
from medsos_desktop.services.workspace import Workspace
from medsos_desktop.ui.common.translation import install_language
from medsos_desktop.ui.editor.infographic_panel import InfographicPanel, point_start
from medsos_desktop.ui.main_window import MainWindow

OpenWindow = Callable[..., MainWindow]

LONG_POINT = (  # 155 characters, within the field's 160
    "Pendaftaran peserta dilakukan secara daring melalui laman resmi dinas dengan "
    "mengunggah kartu keluarga, kartu tanda penduduk, dan surat keterangan domisili"
)


@pytest.fixture
def panel(qtbot: QtBot, empty_workspace: Workspace) -> Iterator[InfographicPanel]:
    service = InfographicService(empty_workspace.db)
    widget = InfographicPanel()
    qtbot.addWidget(widget)
    widget.setup(service, service.templates(), SIZE_LABELS, BrandKit())
    widget.set_platforms((Platform.INSTAGRAM, Platform.FACEBOOK))
    widget.load(None, ())
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    install_language("en")


def _choose_template(qtbot: QtBot, panel: InfographicPanel, key: str) -> None:
    with qtbot.waitSignal(panel.preview_shown, timeout=10000):
        panel.template_combo.setCurrentIndex(panel.template_combo.findData(key))


def _choose_size(qtbot: QtBot, panel: InfographicPanel, key: str) -> None:
    with qtbot.waitSignal(panel.preview_shown, timeout=10000):
        panel.size_combo.setCurrentIndex(panel.size_combo.findData(key))


def _warnings(panel: InfographicPanel) -> list[str]:
    return [panel.problems.item(i).text() for i in range(panel.problems.count())]


def _fill_points(qtbot: QtBot, panel: InfographicPanel, points: list[str]) -> None:
    edit = panel.inputs["points"]
    assert isinstance(edit, QPlainTextEdit)
    with qtbot.waitSignal(panel.preview_shown, timeout=10000):
        edit.setPlainText("\n".join(points))


def test_the_list_point_that_does_not_fit_is_named_first(
    qtbot: QtBot, panel: InfographicPanel
) -> None:
    """Six points on an X post: the sixth, long one continues on a second slide where it
    does not fit even at the smallest size. The warning names it, in the whole list's
    numbering, before anything else."""
    _choose_template(qtbot, panel, "infografis-poin")
    _choose_size(qtbot, panel, "x")
    title = panel.inputs["title"]
    assert isinstance(title, QLineEdit)
    title.setText("Syarat pendaftaran")
    points = [f"Syarat singkat nomor {n}" for n in range(1, 6)] + [LONG_POINT]
    _fill_points(qtbot, panel, points)
    qtbot.waitUntil(lambda: panel.slide_spin.maximum() == 2, timeout=10000)
    # Seen from the first slide, it is already the first warning, with its slide.
    assert _warnings(panel)[0].startswith("Slide 2: Points: point 6 (“Pendaftaran")
    with qtbot.waitSignal(panel.preview_shown, timeout=10000):
        panel.slide_spin.setValue(2)

    warnings = _warnings(panel)
    assert warnings[0].startswith("Points: point 6 (“Pendaftaran peserta dilakukan"), warnings
    assert "cannot be exported" in warnings[0]
    assert not any("Syarat singkat" in w for w in warnings)  # the short points are not blamed

    install_language("id")
    _fill_points(qtbot, panel, [*points[:-1], LONG_POINT + " "])
    first = _warnings(panel)[0]
    assert "poin 6 (“Pendaftaran peserta dilakukan secara daring…”)" in first, first
    assert "terlalu panjang" in first


def test_point_start_keeps_the_first_words() -> None:
    assert point_start("Membawa KTP") == "Membawa KTP"
    assert point_start(LONG_POINT) == "Pendaftaran peserta dilakukan secara daring…"
    assert point_start("x" * 80) == "x" * 48 + "…"
    assert point_start("Satu dua") == "Satu dua"


def test_another_template_keeps_the_chosen_size(qtbot: QtBot, panel: InfographicPanel) -> None:
    _choose_template(qtbot, panel, "pengumuman")
    _choose_size(qtbot, panel, "story")
    _choose_template(qtbot, panel, "agenda-kegiatan")
    assert panel.size_combo.currentData() == "story"
    assert panel.state().size_key == "story"
    # Through "no infographic" and back, the size still stays.
    panel.template_combo.setCurrentIndex(0)
    _choose_template(qtbot, panel, "kutipan-pimpinan")
    assert panel.size_combo.currentData() == "story"


def test_a_size_picked_before_the_template_is_kept(qtbot: QtBot, panel: InfographicPanel) -> None:
    panel.size_combo.setCurrentIndex(panel.size_combo.findData("x"))
    _choose_template(qtbot, panel, "pengumuman")
    assert panel.size_combo.currentData() == "x"


def test_before_any_choice_the_size_shown_follows_the_platforms(
    qtbot: QtBot, panel: InfographicPanel
) -> None:
    """The size a first template gets is the one in sight, never changed behind the back."""
    assert panel.size_combo.currentData() == "portrait"  # Instagram and Facebook
    panel.set_platforms((Platform.X,))
    assert panel.size_combo.currentData() == "x"
    _choose_template(qtbot, panel, "pengumuman")
    assert panel.size_combo.currentData() == "x"
    panel.set_platforms((Platform.YOUTUBE,))  # the infographic has its size now
    assert panel.size_combo.currentData() == "x"
    assert panel.state().size_key == "x"


def test_the_saved_time_follows_infographic_edits(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    qtbot.waitUntil(lambda: window.infographic_post == window.editor.post_id, timeout=10000)
    panel = window.editor.infographic
    window.editor.pages.setCurrentWidget(panel)
    _choose_template(qtbot, panel, "infografis-poin")
    qtbot.waitUntil(lambda: not window.autosave.has_pending, timeout=5000)
    qtbot.waitUntil(lambda: not window.infographic.has_pending, timeout=5000)
    window.save_label.setText("")

    title = panel.inputs["title"]
    assert isinstance(title, QLineEdit)
    title.setText("Jadwal Posyandu Desember")
    assert window.save_label.text() == "Unsaved changes…"
    qtbot.waitUntil(lambda: window.save_label.text().startswith("All changes saved"), timeout=5000)
    post_id = window.editor.post_id
    assert post_id is not None
    state = InfographicService(window.workspace.db).load_state(post_id)
    assert state is not None and state.fields["title"] == "Jadwal Posyandu Desember"


def test_a_locked_post_offers_no_gallery_to_change_its_template(panel: InfographicPanel) -> None:
    panel.set_read_only(True)
    assert not panel.gallery_button.isEnabled()
    assert not panel.template_combo.isEnabled() and not panel.export_button.isEnabled()
    panel.set_read_only(False)
    assert panel.gallery_button.isEnabled()
