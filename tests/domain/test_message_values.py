"""A message's values are words in the user's language too: a status is its label, and
what the operating system says about a file is translated where it speaks English."""

from __future__ import annotations

from medsos_desktop.domain.posts import Status, status_term
from medsos_desktop.domain.text import UserFacingError, render_message
from medsos_desktop.i18n import translator
from medsos_desktop.services.posts import MSG_NOT_EDITABLE, PostError


def test_a_status_is_shown_by_its_label_in_the_users_language() -> None:
    error = PostError(MSG_NOT_EDITABLE, status=status_term(Status.APPROVED))
    indonesian = error.render(translator("id"))
    assert "Disetujui" in indonesian
    assert "approved" not in indonesian.lower()
    assert "Approved" in error.render(translator("en"))
    assert "Approved" in str(error)  # logs keep the English source


def test_an_unknown_status_is_shown_as_it_is() -> None:
    assert status_term("") == "-"
    assert status_term("somewhere") == "somewhere"


def test_the_systems_english_reason_is_translated() -> None:
    error = UserFacingError(
        "Errors", "A file or folder could not be used: {reason}.", reason="Permission denied"
    )
    assert (
        error.render(translator("id")) == "File atau folder tidak dapat digunakan: akses ditolak."
    )
    # A reason the catalogue does not know (Windows already says it in Indonesian) stays.
    text = render_message("{reason}", {"reason": "Akses ditolak."}, "Errors", translator("id"))
    assert text == "Akses ditolak."
