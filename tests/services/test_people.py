"""Who is at the keyboard, and who reviews: person records, reviewers managed from the
settings (add, edit, PIN reset, deactivate), their audit trail, and "nobody approves their
own post" by identity, not by typed name. Real SQLite files throughout."""

from __future__ import annotations

import sqlite3

import pytest

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category, PostContent, Status
from medsos_desktop.domain.review import CHECKLIST_KEYS, Identity, ReviewerRole, same_person
from medsos_desktop.services.people import PeopleError, PeopleService
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.review import ReviewerAction, ReviewError, ReviewService
from medsos_desktop.services.workspace import Workspace

ALL_TICKED = dict.fromkeys(CHECKLIST_KEYS, True)
NIP = "198003152005011002"
CLEAN = PostContent(
    title="Donor darah",
    category=Category.KEGIATAN,
    platforms=(Platform.FACEBOOK,),
    base_caption="Ayo donor darah di PMI Kota Sukamaju #SukamajuSehat #PemkotSukamaju",
)


def _submitted(workspace: Workspace) -> int:
    posts = PostService(workspace.db)
    post_id = posts.create(CLEAN)
    posts.change_status(post_id, Status.SUBMITTED)
    return post_id


def test_identity_rule() -> None:
    rina = Identity(3, "Rina Wulandari", NIP)
    assert same_person(rina, Identity(3, "someone renamed"))
    assert same_person(rina, Identity(9, "Other record", NIP))
    assert same_person(rina, Identity(None, "  rina   WULANDARI. "))
    assert not same_person(rina, Identity(4, "Budi Santoso", "198101012006041001"))
    assert not same_person(Identity(None, ""), Identity(None, ""))


def test_the_admin_is_recorded_and_posts_name_them(empty_workspace: Workspace) -> None:
    people = PeopleService(empty_workspace.db)
    assert people.admin() is None
    with pytest.raises(PeopleError):
        people.save_admin("   ", "Pranata Humas")
    rina = people.save_admin(" Rina  Wulandari ", "Pranata Humas Ahli Pertama")
    assert (rina.name, rina.jabatan) == ("Rina Wulandari", "Pranata Humas Ahli Pertama")
    assert people.save_admin("Rina Wulandari, S.I.Kom", "Pranata Humas").id == rina.id

    posts = PostService(empty_workspace.db, actor="typed long ago")
    post_id = _submitted(empty_workspace)
    events = posts.events(post_id)
    assert [(e.actor, e.person_id, e.jabatan) for e in events] == [
        ("Rina Wulandari, S.I.Kom", rina.id, "Pranata Humas")
    ] * 2
    with sqlite3.connect(empty_workspace.db.path) as conn:
        created_by = conn.execute("SELECT created_by FROM post WHERE id = ?", (post_id,))
        assert created_by.fetchone()[0] == rina.id


def test_an_older_data_folder_adopts_the_name_typed_in_the_settings(
    empty_workspace: Workspace,
) -> None:
    people = PeopleService(empty_workspace.db)
    assert people.adopt_admin_name("") is None
    adopted = people.adopt_admin_name("Rina")
    assert adopted is not None and people.admin() == adopted
    assert people.adopt_admin_name("Someone else") == adopted  # asked once, kept


def test_reviewers_are_added_edited_and_listed(empty_workspace: Workspace) -> None:
    service = ReviewService(empty_workspace.db)
    with pytest.raises(ReviewError) as info:
        service.add_reviewer("Budi", ReviewerRole.KEPALA_DINAS, "246810", nip="12345")
    assert "18" in info.value.render()
    budi = service.add_reviewer(
        "Budi Santoso",
        ReviewerRole.KEPALA_BIDANG,
        "246810",
        jabatan="Kepala Bidang P2P",
        nip="19800315 200501 1 002",
    )
    assert (budi.nip, budi.jabatan, budi.active) == (NIP, "Kepala Bidang P2P", True)
    with pytest.raises(ReviewError):  # one person, one reviewer entry
        service.add_reviewer("budi santoso", ReviewerRole.KEPALA_DINAS, "135790")
    with pytest.raises(ReviewError):  # one NIP, one person
        service.add_reviewer("Andi", ReviewerRole.KEPALA_DINAS, "135790", nip=NIP)

    edited = service.update_reviewer(
        budi.id,
        name="dr. Budi Santoso, M.Kes",
        jabatan="Kepala Dinas Kesehatan",
        nip="",
        role=ReviewerRole.KEPALA_DINAS,
    )
    assert (edited.name, edited.role, edited.nip) == (
        "dr. Budi Santoso, M.Kes",
        ReviewerRole.KEPALA_DINAS,
        "",
    )
    assert [r.name for r in service.reviewers()] == ["dr. Budi Santoso, M.Kes"]
    log = service.reviewer_log(budi.id)
    assert [e.action for e in log] == [ReviewerAction.EDITED, ReviewerAction.ADDED]
    assert log[0].detail["before"]["jabatan"] == "Kepala Bidang P2P"  # type: ignore[index]


def test_pin_reset_with_the_old_pin(empty_workspace: Workspace) -> None:
    service = ReviewService(empty_workspace.db)
    budi = service.add_reviewer("Budi", ReviewerRole.KEPALA_DINAS, "246810")
    with pytest.raises(ReviewError) as info:
        service.reset_pin(budi.id, "111111", old_pin="000000")
    assert "PIN" in info.value.render()
    service.reset_pin(budi.id, "135790", old_pin="246810")
    post_id = _submitted(empty_workspace)
    with pytest.raises(ReviewError):
        service.approve(post_id, budi.id, "246810", ALL_TICKED, {})
    service.approve(post_id, budi.id, "135790", ALL_TICKED, {})
    assert service.reviewer_log(budi.id)[0].action is ReviewerAction.PIN_CHANGED


def test_pin_reset_on_the_admins_word_is_in_the_audit_trail(empty_workspace: Workspace) -> None:
    service = ReviewService(empty_workspace.db)
    budi = service.add_reviewer("Budi", ReviewerRole.KEPALA_DINAS, "246810")
    with pytest.raises(ReviewError):  # nobody to record it against
        service.reset_pin(budi.id, "135790", admin_confirmed=True, reason="lupa PIN, dicek")
    PeopleService(empty_workspace.db).save_admin("Rina Wulandari", "Pranata Humas")
    with pytest.raises(ReviewError):
        service.reset_pin(budi.id, "135790", reason="lupa PIN, sudah dicek langsung")
    with pytest.raises(ReviewError):
        service.reset_pin(budi.id, "135790", admin_confirmed=True, reason="lupa")
    service.reset_pin(
        budi.id, "135790", admin_confirmed=True, reason="Lupa PIN, identitas dicek langsung"
    )
    event = service.reviewer_log(budi.id)[0]
    assert event.action is ReviewerAction.PIN_RESET and event.by == "Rina Wulandari"
    assert event.detail["reason"] == "Lupa PIN, identitas dicek langsung"
    assert service.reviewer_log_intact()


def test_the_audit_trail_shows_a_changed_or_removed_row(empty_workspace: Workspace) -> None:
    service = ReviewService(empty_workspace.db)
    PeopleService(empty_workspace.db).save_admin("Rina", "Pranata Humas")
    budi = service.add_reviewer("Budi", ReviewerRole.KEPALA_DINAS, "246810")
    service.reset_pin(budi.id, "135790", admin_confirmed=True, reason="Lupa PIN, dicek langsung")
    service.set_active(budi.id, False)
    assert service.reviewer_log_intact()
    with sqlite3.connect(empty_workspace.db.path) as conn:
        conn.execute("UPDATE reviewer_event SET by_name = 'Budi' WHERE action = ?", ("added",))
    assert not service.reviewer_log_intact()
    with sqlite3.connect(empty_workspace.db.path) as conn:
        conn.execute("UPDATE reviewer_event SET by_name = 'Rina' WHERE action = ?", ("added",))
    assert service.reviewer_log_intact()
    with sqlite3.connect(empty_workspace.db.path) as conn:
        conn.execute("DELETE FROM reviewer_event WHERE action = 'pin_reset_by_admin'")
    assert not service.reviewer_log_intact()


def test_a_deactivated_reviewer_cannot_decide_and_keeps_their_history(
    empty_workspace: Workspace,
) -> None:
    service = ReviewService(empty_workspace.db)
    budi = service.add_reviewer("Budi", ReviewerRole.KEPALA_DINAS, "246810")
    first = _submitted(empty_workspace)
    service.approve(first, budi.id, "246810", ALL_TICKED, {})
    service.set_active(budi.id, False)
    assert service.reviewers() == []
    assert [r.active for r in service.all_reviewers()] == [False]
    second = _submitted(empty_workspace)
    for decide in (
        lambda: service.approve(second, budi.id, "246810", ALL_TICKED, {}),
        lambda: service.request_changes(second, budi.id, "246810", "Tambah lokasi"),
    ):
        with pytest.raises(ReviewError) as info:
            decide()
        assert "Budi" in info.value.render()
    assert [h.reviewer for h in service.history(first)] == ["Budi"]
    service.set_active(budi.id, True)
    service.approve(second, budi.id, "246810", ALL_TICKED, {})


def test_the_admin_cannot_approve_their_own_post_by_any_entry(
    empty_workspace: Workspace,
) -> None:
    people, service = PeopleService(empty_workspace.db), ReviewService(empty_workspace.db)
    rina = people.save_admin("Rina Wulandari", "Pranata Humas")
    own = service.add_reviewer("ignored", ReviewerRole.KEPALA_BIDANG, "111111", is_admin=True)
    assert own.person_id == rina.id and own.is_admin and own.name == "Rina Wulandari"
    typed = service.add_reviewer  # typing their own name again joins the same record
    with pytest.raises(ReviewError):
        typed("RINA WULANDARI", ReviewerRole.KEPALA_DINAS, "222222")
    budi = service.add_reviewer("Budi Santoso", ReviewerRole.KEPALA_DINAS, "246810")
    post_id = _submitted(empty_workspace)

    by_id = {r.id: r for r in service.reviewers(post_id)}
    assert by_id[own.id].is_author and not by_id[budi.id].is_author
    assert service.author_problem(post_id, budi.id) is None
    problem = service.author_problem(post_id, own.id)
    assert problem is not None and "Rina Wulandari" in problem.render()
    with pytest.raises(ReviewError) as info:
        service.approve(post_id, own.id, "111111", ALL_TICKED, {})
    assert "cannot approve" in info.value.render()

    # Renamed, the entry is still the admin's own; a second record under their name is refused.
    people.save_admin("Rina W.", "Pranata Humas")
    with pytest.raises(ReviewError):
        service.approve(post_id, own.id, "111111", ALL_TICKED, {})
    with pytest.raises(ReviewError):
        service.update_reviewer(
            budi.id, name="Rina W.", jabatan="", nip="", role=ReviewerRole.KEPALA_DINAS
        )
    service.approve(post_id, budi.id, "246810", ALL_TICKED, {})
    assert PostService(empty_workspace.db).load(post_id).status is Status.APPROVED


def test_a_reviewer_linked_later_to_the_admin(empty_workspace: Workspace) -> None:
    service = ReviewService(empty_workspace.db)
    PeopleService(empty_workspace.db).save_admin("Rina Wulandari", "Pranata Humas")
    entry = service.add_reviewer("Bu Rina", ReviewerRole.KEPALA_BIDANG, "111111")
    post_id = _submitted(empty_workspace)
    assert service.author_problem(post_id, entry.id) is None  # not known as the same yet
    linked = service.update_reviewer(
        entry.id, name="Bu Rina", jabatan="", nip="", role=entry.role, is_admin=True
    )
    assert linked.is_admin and linked.name == "Rina Wulandari"
    with pytest.raises(ReviewError):
        service.approve(post_id, entry.id, "111111", ALL_TICKED, {})
    assert service.reviewer_log(entry.id)[-1].action is ReviewerAction.ADDED
    assert ReviewerAction.LINKED in {e.action for e in service.reviewer_log(entry.id)}


def test_whoever_submitted_counts_as_an_author(empty_workspace: Workspace) -> None:
    """A reviewer recorded as the person who submitted the post cannot approve it, even
    when someone else created it."""
    service, people = ReviewService(empty_workspace.db), PeopleService(empty_workspace.db)
    posts = PostService(empty_workspace.db)
    people.save_admin("Andi", "Staf Humas")
    post_id = posts.create(CLEAN)
    people.save_admin("Budi Santoso", "Kepala Bidang")  # the admin's record, renamed
    budi = service.add_reviewer("Budi Santoso", ReviewerRole.KEPALA_DINAS, "246810")
    assert budi.is_admin
    posts.change_status(post_id, Status.SUBMITTED)
    with pytest.raises(ReviewError):
        service.approve(post_id, budi.id, "246810", ALL_TICKED, {})
