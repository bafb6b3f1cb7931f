"""A head of office's queue as they read it (offscreen Qt): when the post is planned and in
which category, in their language; the post as each platform shows it with the images'
alt text; which words a comment is pinned to, live; only the requests awaiting them by
default, an older version of a post sent again marked as such. Real data folders, a real
shared folder, real signatures."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from PIL import Image
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category, PostContent
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.reviewer_view import earlier_steps, queue_entries, short_quote
from medsos_desktop.services.settings import Settings
from medsos_desktop.ui.common.translation import install_language
from medsos_desktop.ui.reviewer.window import ReviewerWindow
from tests.services.reviewer_world import World, two_pcs
from tests.ui.test_reviewer_findings import _register_and_submit

CAPTION = "Vaksinasi HPV gratis untuk siswi kelas 5 dan 6 SD di sekolah masing-masing."


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    with two_pcs(tmp_path) as pcs:
        yield pcs


@pytest.fixture
def indonesian() -> Iterator[None]:
    install_language("id")
    try:
        yield
    finally:
        install_language("en")


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (108, 135), "teal").save(out, "PNG")
    return out.getvalue()


def test_the_post_shows_its_date_category_alt_text_and_each_platform(
    qtbot: QtBot, world: World, synchronous_tasks: None, indonesian: None
) -> None:
    world.pair()
    posts = PostService(world.admin.db)
    image = dataclasses.replace(
        posts.import_image_bytes(_png(), "poster.png"),
        alt_text="Poster jadwal vaksinasi HPV",
    )
    post_id = _register_and_submit(
        world,
        PostContent(
            title="Vaksinasi HPV",
            category=Category.KLARIFIKASI_HOAKS,
            platforms=(Platform.INSTAGRAM, Platform.FACEBOOK),
            base_caption=CAPTION,
            planned_at=datetime(2026, 12, 10, 9, 0),
            media=(image,),
        ),
    )
    window = ReviewerWindow(Settings())
    qtbot.addWidget(window)
    window.attach(world.reviewer, world.desk)

    facts = window.post.facts_label.text()
    assert "Kamis, 10 Desember 2026, 09.00" in facts
    assert "Klarifikasi Hoaks" in facts and "klarifikasi_hoaks" not in facts
    preview = window.post.preview
    assert preview is not None
    assert set(preview.phones) == {Platform.INSTAGRAM, Platform.FACEBOOK}  # as each feed
    (card,) = preview.cards
    assert "Poster jadwal vaksinasi HPV" in card.alt.text()
    assert not window.post.earlier_label.isVisibleTo(window)  # the first step: none before

    # The words a comment is pinned to, as the selection changes.
    assert window.pin_label.text() == "Catatan untuk posting secara keseluruhan"
    preview.tabs.setCurrentIndex(1)
    facebook = preview.texts[Platform.FACEBOOK]
    cursor = facebook.textCursor()
    cursor.setPosition(CAPTION.index("siswi"))
    cursor.setPosition(
        CAPTION.index("siswi") + len("siswi kelas 5"), QTextCursor.MoveMode.KeepAnchor
    )
    facebook.setTextCursor(cursor)
    assert window.pin_label.text() == "Catatan untuk kata: “siswi kelas 5” (Facebook)"
    window.comment_edit.setPlainText("Tulis juga kelas 6.")
    window.return_button.click()
    world.reviews.collect()
    (decision,) = world.reviews.decisions(post_id)
    (comment,) = decision[4]
    assert (comment.platform, comment.quote) == ("facebook", "siswi kelas 5")
    window.close()


def test_the_queue_shows_what_awaits_and_marks_an_older_version(
    qtbot: QtBot, world: World, synchronous_tasks: None
) -> None:
    world.pair()
    content = PostContent(
        title="Posyandu",
        category=Category.KEGIATAN,
        platforms=(Platform.FACEBOOK,),
        base_caption="Posyandu balita setiap Selasa di balai RW 05.",
    )
    post_id = _register_and_submit(world, content)
    window = ReviewerWindow(Settings())
    qtbot.addWidget(window)
    window.attach(world.reviewer, world.desk)
    window.comment_edit.setPlainText("Sebutkan jamnya.")
    window.return_button.click()
    # Decided here: it stays in sight under "awaiting" until the queue is read again.
    assert window.queue.count() == 1 and window.decided_label.isVisibleTo(window)

    world.reviews.collect()
    posts = PostService(world.admin.db)
    posts.save(post_id, dataclasses.replace(content, base_caption=content.base_caption + " 08.00."))
    world.reviews.submit(post_id)
    window.decided_here.clear()
    window.refresh()
    assert window.queue.count() == 1  # only the new version, awaiting a decision
    assert "Awaiting your decision" in window.queue.item(0).text()
    assert window.approve_button.isEnabled()

    window.queue_filter.setCurrentIndex(1)  # all
    texts = [window.queue.item(n).text() for n in range(window.queue.count())]
    assert len(texts) == 2
    assert "older version" not in texts[0] and "older version · Sent back" in texts[1]
    window.close()


def test_earlier_steps_and_queue_entries_without_a_display() -> None:
    item = SimpleNamespace(
        earlier_steps=(("Kepala Bidang", "Budi Santoso", "2026-12-03T12:29:00Z"), ("x",))
    )
    (step,) = earlier_steps(item)
    assert (step.number, step.title, step.reviewers) == (1, "Kepala Bidang", "Budi Santoso")
    assert step.signed is not None and step.signed.utcoffset() is not None
    assert earlier_steps(SimpleNamespace()) == []  # a request from before they were sent

    def request(rid: str, title: str, day: int, verdict: str = "") -> SimpleNamespace:
        return SimpleNamespace(
            request_id=rid,
            agency="a",
            title=title,
            step=0,
            received_at=datetime(2026, 12, day),
            verdict=verdict,
        )

    new, old, other = request("n", "A", 3), request("o", "A", 1, "return"), request("x", "B", 2)
    shown = queue_entries([new, other, old], waiting_only=True)
    assert [(e.item.request_id, e.older) for e in shown] == [("n", False), ("x", False)]
    every = queue_entries([new, other, old], waiting_only=False)
    assert [(e.item.request_id, e.older) for e in every] == [
        ("n", False),
        ("x", False),
        ("o", True),
    ]
    assert [e.item.request_id for e in queue_entries([old], True, keep={"o"})] == ["o"]
    assert short_quote("a  b\nc") == "a b c" and short_quote("x" * 100).endswith("…")
